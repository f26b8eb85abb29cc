package org.symbiose.engine.nomenclature;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the reference CSV files shipped next to this package's classes (UTF-8, header row, RFC 4180). */
final class CsvResource {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private CsvResource() {}

    /**
     * Maps every record of a resource. A missing file or a bad row is a packaging error, not a user error, so
     * it fails with an {@link IllegalStateException} naming the file and the record.
     */
    static <T> List<T> read(String name, Function<CSVRecord, T> mapper) {
        InputStream stream = CsvResource.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("Missing reference data file " + name + " on the classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            return parser.stream().map(row -> map(name, row, mapper)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data file " + name, e);
        }
    }

    private static <T> T map(String name, CSVRecord row, Function<CSVRecord, T> mapper) {
        try {
            return mapper.apply(row);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Bad record " + row.getRecordNumber() + " in " + name + ": " + e.getMessage(), e);
        }
    }

    /** The value of a column, or null when the cell is empty. */
    static String optional(CSVRecord row, String column) {
        String value = row.get(column);
        return value.isBlank() ? null : value;
    }

    /** The values of a {@code |}-separated cell; empty for an empty cell. */
    static List<String> list(CSVRecord row, String column) {
        String value = row.get(column);
        return value.isBlank() ? List.of() : List.of(value.split("\\|"));
    }
}
