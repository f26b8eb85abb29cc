package org.symbiose.engine.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.symbiose.engine.matching.Progress;

/**
 * A CSV file of the exchange format: header names lower-cased, a {@code ,} or {@code ;} separator
 * detected from the header line, an optional UTF-8 byte-order mark dropped, each row given with its
 * line number. The header is read when the table is opened; the rows are then streamed once by
 * {@link #forEachRow}, so that a file of a million rows is never held whole in memory.
 */
final class CsvTable {

    /**
     * A data row and the 1-based line where it starts (the header is line 1). Its cells are looked up
     * by column name; when a name appears twice in the header, the last such column counts.
     */
    static final class Row {

        private final long line;
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final boolean extraCells;

        private Row(long line, CSVRecord record, Map<String, Integer> columns, boolean extraCells) {
            this.line = line;
            this.record = record;
            this.columns = columns;
            this.extraCells = extraCells;
        }

        long line() {
            return line;
        }

        /** Trimmed value of a column, null when the column is absent or the cell empty. */
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index);
            return value.isBlank() ? null : value.strip();
        }

        /**
         * Whether the line has more cells than the header, or the header has a column without a name
         * (such a row was always reported so).
         */
        boolean extraCells() {
            return extraCells;
        }
    }

    /** Progress is told every this many rows. */
    static final int PROGRESS_ROWS = 10_000;

    private final String file;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final CSVParser parser;
    private boolean streamed;
    private Progress progress = Progress.SILENT;
    private String stage;
    private LongSupplier done;
    private long total;

    private CsvTable(String file, List<String> header, CSVParser parser) {
        this.file = file;
        this.header = header;
        this.parser = parser;
        this.columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
    }

    /** Reads the header; the rows are read by {@link #forEachRow}, which also closes the parser. */
    static CsvTable read(String file, Reader source) throws IOException {
        var reader = new BufferedReader(source, 1 << 16);
        reader.mark(1 << 16);
        String firstLine = reader.readLine();
        reader.reset();
        if (firstLine == null) {
            return new CsvTable(file, List.of(), null);
        }
        if (firstLine.startsWith("\uFEFF")) {
            reader.skip(1);
            firstLine = firstLine.substring(1);
        }
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(format).get();
        List<String> header = List.of();
        try {
            // The header is the first record; a record always has a cell, so it is never empty.
            for (CSVRecord record : parser) {
                var names = new ArrayList<String>(record.size());
                for (String name : record) {
                    // Interned, as the column names the rows are asked for are literals: lookups compare references.
                    names.add(name.strip().toLowerCase(Locale.ROOT).intern());
                }
                header = List.copyOf(names);
                break;
            }
        } catch (RuntimeException e) {
            parser.close();
            throw e;
        }
        return new CsvTable(file, header, parser);
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    String file() {
        return file;
    }

    /**
     * Has {@link #forEachRow} tell {@code progress} how far it has gone, every {@link #PROGRESS_ROWS} rows
     * and at the end.
     *
     * @param done how much of the file has been read so far, in the unit of {@code total}
     */
    void reportProgress(Progress progress, String stage, LongSupplier done, long total) {
        this.progress = progress;
        this.stage = stage;
        this.done = done;
        this.total = total;
    }

    /** Gives each data row, in file order, skipping rows whose cells are all blank. Can be called once. */
    void forEachRow(Consumer<Row> action) throws IOException {
        if (parser == null) {
            return;
        }
        if (streamed) {
            throw new IllegalStateException("the rows of " + file + " were already read");
        }
        streamed = true;
        boolean emptyColumnName = columns.containsKey("");
        try (parser) {
            long nextLine = parser.getCurrentLineNumber() + 1;
            long records = 0;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (++records % PROGRESS_ROWS == 0 && done != null) {
                    progress.report(stage, Math.min(done.getAsLong(), total), total);
                }
                if (allBlank(record)) {
                    continue;
                }
                action.accept(new Row(line, record, columns, emptyColumnName || record.size() > header.size()));
            }
        }
        if (done != null) {
            progress.report(stage, total, total);
        }
    }

    private static boolean allBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Reports missing required columns and columns the format does not know. */
    void checkHeader(Set<String> required, Set<String> known, List<DatasetError> errors) {
        if (header.isEmpty()) {
            errors.add(new DatasetError(file, 1, null, "empty-file", "the file is empty: a header row is expected"));
            return;
        }
        for (String column : required) {
            if (!header.contains(column)) {
                errors.add(new DatasetError(
                        file, 1, column, "missing-column", "required column '" + column + "' is missing"));
            }
        }
        for (String column : header) {
            if (!known.contains(column)) {
                errors.add(new DatasetError(
                        file,
                        1,
                        column,
                        "unknown-column",
                        "unknown column '" + column + "' (expected one of " + String.join(", ", known) + ")"));
            }
        }
    }
}
