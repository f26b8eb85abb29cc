package org.symbiose.engine.knowledge;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the knowledge files: one row, one object, every error naming its file and line. */
final class KnowledgeCsv {

    private KnowledgeCsv() {}

    static <T> List<T> read(String file, Reader source, Function<CSVRecord, T> row) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        var rows = new ArrayList<T>();
        try (CSVParser parser =
                CSVParser.builder().setReader(source).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                try {
                    rows.add(row.apply(record));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(
                            file + ", line " + (record.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    static String text(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String required(CSVRecord record, String column) {
        String value = text(record, column);
        if (value == null) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value;
    }

    static List<String> list(CSVRecord record, String column) {
        String value = text(record, column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static Set<String> set(CSVRecord record, String column) {
        return new LinkedHashSet<>(list(record, column));
    }

    static Double decimal(CSVRecord record, String column) {
        String value = text(record, column);
        return value == null ? null : Double.valueOf(value.replace(',', '.'));
    }

    static boolean bool(CSVRecord record, String column, boolean defaultValue) {
        String value = text(record, column);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "oui", "1" -> true;
            case "false", "no", "non", "0" -> false;
            default -> throw new IllegalArgumentException(column + " is not true/false: " + value);
        };
    }
}
