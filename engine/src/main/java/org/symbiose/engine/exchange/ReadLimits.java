package org.symbiose.engine.exchange;

/**
 * The bounds within which a dataset is read, so that no file, however made, can exhaust memory or time:
 * anything beyond them is refused with an error saying which limit and where (docs/formats/exchange-format.md,
 * "Limits").
 *
 * @param maxFileBytes largest {@code actors.csv} or {@code flows.csv}, on disk or once inflated from a zip, and
 *     largest .zip; bytes
 * @param maxWorkbookBytes largest .xlsx file (read in memory whole, unlike CSV); bytes
 * @param maxArchiveEntries most entries a .zip or .xlsx may list
 * @param maxCellChars longest cell, in characters
 * @param maxLabelChars longest flow label, in characters
 * @param maxCells most cells on one line (the header included)
 * @param maxErrors errors kept for one dataset; past them one more error says how many were left out
 */
public record ReadLimits(
        long maxFileBytes,
        long maxWorkbookBytes,
        int maxArchiveEntries,
        int maxCellChars,
        int maxLabelChars,
        int maxCells,
        int maxErrors) {

    /** The limits of {@code symbiose match} and of the import. */
    public static final ReadLimits DEFAULT =
            new ReadLimits(200L * 1024 * 1024, 10L * 1024 * 1024, 1_000, 10_000, 500, 1_000, 1_000);

    public ReadLimits {
        if (maxFileBytes <= 0
                || maxWorkbookBytes <= 0
                || maxArchiveEntries <= 0
                || maxCellChars <= 0
                || maxLabelChars <= 0
                || maxCells <= 0
                || maxErrors <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }
}
