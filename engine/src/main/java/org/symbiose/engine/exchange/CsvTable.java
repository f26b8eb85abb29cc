package org.symbiose.engine.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.symbiose.engine.matching.Progress;

/**
 * A table of the exchange format: a CSV file (header names lower-cased, a {@code ,} or {@code ;}
 * separator detected from the header line, an optional UTF-8 byte-order mark dropped) or a sheet, each row
 * given with its line number. The header is read when the table is opened; the rows are then streamed once
 * by {@link #forEachRow}, so that a file of a million rows is never held whole in memory. Problems of the
 * text itself (quotes, encoding, lengths, a row wider or narrower than the header) are added to the errors
 * with their line and, where there is one, their column.
 */
final class CsvTable {

    /** A data row and the 1-based line where it starts (the header is line 1). Its cells are looked up by column name. */
    static final class Row {

        private final long line;
        private final String[] cells;
        private final Map<String, Integer> columns;

        private Row(long line, String[] cells, Map<String, Integer> columns) {
            this.line = line;
            this.cells = cells;
            this.columns = columns;
        }

        long line() {
            return line;
        }

        /** Trimmed value of a column, null when the column is absent or the cell empty. */
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.length) {
                return null;
            }
            String value = cells[index];
            return value.isBlank() ? null : value.strip();
        }
    }

    /** Progress is told every this many rows. */
    static final int PROGRESS_ROWS = 10_000;

    /** Header names at most this long are interned: the names the rows are asked for are literals. */
    private static final int INTERNED_NAME = 32;

    private final String file;
    private final List<DatasetError> errors;
    private final Map<String, Integer> columns = new HashMap<>();
    private Records records;
    private List<String> header = List.of();
    private boolean streamed;
    /** Whether the text could not be read further: its problem was reported once. */
    private boolean broken;

    private Progress progress = Progress.SILENT;
    private String stage;
    private LongSupplier done;
    private long total;

    private CsvTable(String file, List<DatasetError> errors) {
        this.file = file;
        this.errors = errors;
    }

    /** Opens CSV text and reads its header; the rows are read by {@link #forEachRow}. */
    static CsvTable read(String file, Reader source, ReadLimits limits, List<DatasetError> errors) {
        var table = new CsvTable(file, errors);
        var lexer = new CsvLexer(source, limits.maxCellChars(), limits.maxCells(), table::problem);
        table.records = lexer;
        try {
            lexer.start();
        } catch (IOException e) {
            table.unreadable(e);
            table.records = null;
            return table;
        }
        table.readHeader();
        return table;
    }

    /** A table of records already split (the rows of a sheet); reads its header. */
    static CsvTable of(String file, Records records, List<DatasetError> errors) {
        var table = new CsvTable(file, errors);
        table.records = records;
        table.readHeader();
        return table;
    }

    private void readHeader() {
        String[] names = nextRecord();
        if (names == null) {
            records = null;
            return;
        }
        var header = new ArrayList<String>(names.length);
        for (String name : names) {
            String folded = name.strip().toLowerCase(Locale.ROOT);
            header.add(folded.length() <= INTERNED_NAME ? folded.intern() : folded);
        }
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
    }

    /** The next record, or null at the end or when the text cannot be read further (the error is added). */
    private String[] nextRecord() {
        if (broken) {
            return null;
        }
        try {
            return records.next();
        } catch (IOException e) {
            unreadable(e);
            broken = true;
            return null;
        }
    }

    private void unreadable(IOException e) {
        long line = records == null ? 0 : records.line();
        if (e instanceof DatasetReadException known) {
            errors.add(known.at(file, line));
        } else {
            errors.add(new DatasetError(file, line, null, "unreadable", String.valueOf(e.getMessage())));
        }
    }

    private void problem(long line, int cell, String code, Object... args) {
        String column = cell >= 0 && cell < header.size() && !header.get(cell).isEmpty() ? header.get(cell) : null;
        int position = column == null && cell >= 0 ? cell + 1 : 0;
        errors.add(new DatasetError(file, line, column, position, code, java.util.Arrays.asList(args)));
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

    /**
     * Gives each data row, in file order, skipping rows whose cells are all blank; a row with more or fewer
     * cells than the header is reported and still given. Can be called once.
     */
    void forEachRow(Consumer<Row> action) {
        if (records == null) {
            return;
        }
        if (streamed) {
            throw new IllegalStateException("the rows of " + file + " were already read");
        }
        streamed = true;
        boolean emptyColumnName = columns.containsKey("");
        long rows = 0;
        String[] cells;
        while ((cells = nextRecord()) != null) {
            if (++rows % PROGRESS_ROWS == 0 && done != null) {
                progress.report(stage, Math.min(done.getAsLong(), total), total);
            }
            if (allBlank(cells)) {
                continue;
            }
            var row = new Row(records.recordLine(), cells, columns);
            checkWidth(row, records.cellCount(), emptyColumnName);
            action.accept(row);
        }
        if (done != null) {
            progress.report(stage, total, total);
        }
    }

    private void checkWidth(Row row, int cells, boolean emptyColumnName) {
        if (cells > header.size() || emptyColumnName) {
            errors.add(new DatasetError(file, row.line(), null, "extra-cells", cells, header.size()));
        } else if (cells < header.size()) {
            errors.add(new DatasetError(file, row.line(), header.get(cells), "missing-cells", cells, header.size()));
        }
    }

    private static boolean allBlank(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Reports an empty file, missing required columns, columns named twice and columns the format does not know. */
    void checkHeader(Set<String> required, Set<String> known, List<DatasetError> errors) {
        if (header.isEmpty()) {
            if (errors.stream().noneMatch(e -> e.file().equals(file))) {
                errors.add(new DatasetError(file, 1, null, "empty-file"));
            }
            return;
        }
        for (String column : required) {
            if (!header.contains(column)) {
                errors.add(new DatasetError(file, 1, column, "missing-column", column));
            }
        }
        var seen = new LinkedHashSet<String>();
        var twice = new HashSet<String>();
        for (String column : header) {
            if (!seen.add(column) && twice.add(column)) {
                errors.add(new DatasetError(file, 1, column, "duplicate-column", column));
            }
        }
        for (String column : seen) {
            if (!known.contains(column)) {
                errors.add(new DatasetError(file, 1, column, "unknown-column", column, String.join(", ", known)));
            }
        }
    }
}
