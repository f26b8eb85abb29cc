package org.symbiose.engine.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Typed reading of one cell, recording an error (and returning null) when the text does not parse.
 * French habits are accepted: decimal comma, spaces as thousands separators, oui/non.
 */
final class Cells {

    private final String file;
    private final List<DatasetError> errors;

    Cells(String file, List<DatasetError> errors) {
        this.file = file;
        this.errors = errors;
    }

    String required(CsvTable.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            error(row, column, "required", "a value is required");
        }
        return value;
    }

    Double decimal(CsvTable.Row row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        Double value = parseDecimal(text);
        if (value == null) {
            error(row, column, "not-a-number", "'" + text + "' is not a number");
        }
        return value;
    }

    Integer integer(CsvTable.Row row, String column) {
        Double value = decimal(row, column);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            error(row, column, "not-an-integer", "'" + row.get(column) + "' is not a whole number");
            return null;
        }
        return value.intValue();
    }

    Boolean bool(CsvTable.Row row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "vrai", "oui", "yes", "y", "o", "1" -> Boolean.TRUE;
            case "false", "faux", "non", "no", "n", "0" -> Boolean.FALSE;
            default -> {
                error(row, column, "not-a-boolean", "'" + text + "' is not true/false");
                yield null;
            }
        };
    }

    LocalDate date(CsvTable.Row row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(row, column, "not-a-date", "'" + text + "' is not an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    /** Parses with a vocabulary parser that throws IllegalArgumentException on unknown text. */
    <T> T vocabulary(CsvTable.Row row, String column, Function<String, T> parser, String code) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            error(row, column, code, e.getMessage());
            return null;
        }
    }

    void error(CsvTable.Row row, String column, String code, String message) {
        errors.add(new DatasetError(file, row.line(), column, code, message));
    }

    /** "1 234,5", "1234.5", "1.234,5", "1,234.5" -> 1234.5; null when not a finite number. */
    static Double parseDecimal(String text) {
        String s = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        double value = Double.parseDouble(s);
        return Double.isFinite(value) ? value : null;
    }
}
