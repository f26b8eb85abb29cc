package org.symbiose.engine.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of the exchange format, read whole: header names lower-cased, a {@code ,} or {@code ;}
 * separator detected from the header line, an optional UTF-8 byte-order mark dropped, each row kept
 * with its line number.
 */
final class CsvTable {

    /** A data row and the 1-based line where it starts (the header is line 1). */
    record Row(long line, Map<String, String> values) {

        /** Trimmed value of a column, null when the column is absent or the cell empty. */
        String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private final String file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    static CsvTable read(String file, Reader source) throws IOException {
        var reader = new BufferedReader(source);
        reader.mark(1 << 16);
        String firstLine = reader.readLine();
        reader.reset();
        if (firstLine == null) {
            return new CsvTable(file, List.of(), List.of());
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
        var rows = new ArrayList<Row>();
        List<String> header = List.of();
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(format).get()) {
            long nextLine = 1;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (header.isEmpty()) {
                    header = record.stream()
                            .map(h -> h.strip().toLowerCase(Locale.ROOT))
                            .toList();
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                var values = new LinkedHashMap<String, String>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < record.size() ? record.get(i) : null);
                }
                if (record.size() > header.size()) {
                    values.put("", String.join(",", record.toList().subList(header.size(), record.size())));
                }
                rows.add(new Row(line, values));
            }
        }
        return new CsvTable(file, header, rows);
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
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
