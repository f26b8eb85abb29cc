package org.symbiose.engine.matching.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.matching.ReasonLanguages;
import org.symbiose.engine.matching.Substitution;

/**
 * Writes a result as CSV: one row per candidate, list cells joined with " | ". With one language asked, the
 * other language's reasons column is left out (docs/formats/match-output.md).
 */
public final class MatchCsvWriter {

    static final String[] HEADER = {
        "rank", "kind", "score", "supply_flow", "supply_actor", "demand_flow", "demand_actor", "distance_km",
        "quantity", "quantity_unit", "pathway_id", "pathway_label_fr", "theme", "actors", "flows", "reasons_fr",
        "reasons_en"
    };

    private MatchCsvWriter() {}

    /** Every column, reasons in French and English. */
    public static void write(MatchResult result, Writer out) throws IOException {
        write(result, out, ReasonLanguages.BOTH, Progress.SILENT);
    }

    /** @param progress told how many candidates are written, as stage {@code "writing candidates"} */
    public static void write(MatchResult result, Writer out, ReasonLanguages languages, Progress progress)
            throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(header(languages)).get());
        CandidateBatches.forEach(result, languages, progress, c -> {
            if (c instanceof Substitution s) {
                record(
                        csv,
                        languages,
                        s.rank(),
                        "SUBSTITUTION",
                        s.score(),
                        s.supplyFlow(),
                        s.supplyActor(),
                        s.demandFlow(),
                        s.demandActor(),
                        s.distanceKm(),
                        s.quantityValue(),
                        s.quantityUnit(),
                        s.pathway().id(),
                        s.pathway().labelFr(),
                        null,
                        null,
                        null,
                        String.join(" | ", s.reasonsFr()),
                        String.join(" | ", s.reasonsEn()));
            } else {
                Mutualisation m = (Mutualisation) c;
                record(
                        csv,
                        languages,
                        m.rank(),
                        "MUTUALISATION",
                        m.score(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        m.theme(),
                        String.join(" | ", m.actors()),
                        String.join(" | ", m.flows()),
                        String.join(" | ", m.reasonsFr()),
                        String.join(" | ", m.reasonsEn()));
            }
        });
        csv.flush();
    }

    private static String[] header(ReasonLanguages languages) {
        return switch (languages) {
            case BOTH -> HEADER;
            case FR -> Arrays.copyOf(HEADER, HEADER.length - 1);
            case EN -> without(HEADER, HEADER.length - 2).toArray(String[]::new);
        };
    }

    /** One row: the cells in the order of {@link #HEADER}, the last two being the French and English reasons. */
    private static void record(CSVPrinter csv, ReasonLanguages languages, Object... cells) throws IOException {
        csv.printRecord(
                switch (languages) {
                    case BOTH -> Arrays.asList(cells);
                    case FR -> Arrays.asList(cells).subList(0, cells.length - 1);
                    case EN -> without(cells, cells.length - 2);
                });
    }

    private static <T> List<T> without(T[] items, int index) {
        List<T> kept = new ArrayList<>(Arrays.asList(items));
        kept.remove(index);
        return kept;
    }
}
