package org.symbiose.engine.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reading of one cell, recording an error (and returning null) when the text does not parse.
 * French habits are accepted: decimal comma, spaces as thousands separators, oui/non.
 */
final class Cells {

    private final String file;
    private final List<DatasetError> errors;

    /** Numbers and dates by their text, as amounts and dates repeat from row to row. */
    private final Memo<Optional<Double>> decimals = new Memo<>(text -> Optional.ofNullable(parseDecimal(text)));

    private final Memo<Optional<LocalDate>> dates = new Memo<>(Cells::parseDate);

    Cells(String file, List<DatasetError> errors) {
        this.file = file;
        this.errors = errors;
    }

    String required(CsvTable.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            error(row, column, "required");
        }
        return value;
    }

    Double decimal(CsvTable.Row row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        Double value = decimals.apply(text).orElse(null);
        if (value == null) {
            error(row, column, "not-a-number", text);
        }
        return value;
    }

    Integer integer(CsvTable.Row row, String column) {
        Double value = decimal(row, column);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            error(row, column, "not-an-integer", row.get(column));
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
                error(row, column, "not-a-boolean", text);
                yield null;
            }
        };
    }

    LocalDate date(CsvTable.Row row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        LocalDate date = dates.apply(text).orElse(null);
        if (date == null) {
            error(row, column, "not-a-date", text);
        }
        return date;
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses with a vocabulary parser that throws IllegalArgumentException on unknown text; an unknown text is
     * reported with {@code code}, the text and {@code accepted} (the words the message lists).
     */
    <T> T vocabulary(CsvTable.Row row, String column, Vocabulary<T> vocabulary, String code, Object... accepted) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        Vocabulary.Parsed<T> parsed = vocabulary.parse(text);
        if (parsed.failed()) {
            Object[] args = new Object[accepted.length + 1];
            args[0] = text;
            System.arraycopy(accepted, 0, args, 1, accepted.length);
            error(row, column, code, args);
        }
        return parsed.value();
    }

    /**
     * A vocabulary parser (throwing IllegalArgumentException on unknown text) and what it gave for each
     * text seen: a column of a million rows holds a dozen distinct words.
     */
    static final class Vocabulary<T> {

        /** The term, or null when the parser refused the text. */
        record Parsed<T>(T value, boolean failed) {}

        private final Function<String, T> parser;
        private final Memo<Parsed<T>> parsed;

        Vocabulary(Function<String, T> parser) {
            this.parser = parser;
            this.parsed = new Memo<>(this::parseNow);
        }

        Parsed<T> parse(String text) {
            return parsed.apply(text);
        }

        private Parsed<T> parseNow(String text) {
            try {
                return new Parsed<>(parser.apply(text), false);
            } catch (IllegalArgumentException e) {
                return new Parsed<>(null, true);
            }
        }
    }

    void error(CsvTable.Row row, String column, String code, Object... args) {
        errors.add(new DatasetError(file, row.line(), column, code, args));
    }

    /** "1 234,5", "1234.5", "1.234,5", "1,234.5" -> 1234.5; null when not a finite number. */
    static Double parseDecimal(String text) {
        String s = removeSpaces(text);
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        if (!isPlainNumber(s)) {
            return null;
        }
        double value = Double.parseDouble(s);
        return Double.isFinite(value) ? value : null;
    }

    /** The text without spaces, no-break spaces and narrow no-break spaces. */
    private static String removeSpaces(String text) {
        int i = 0;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        var kept = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f';
    }

    /** Whether the text matches {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}, ASCII digits only. */
    static boolean isPlainNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = digits(s, i);
        i += intDigits;
        int fractionDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            fractionDigits = digits(s, i);
            i += fractionDigits;
        }
        if (intDigits == 0 && fractionDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = digits(s, i);
            if (exponentDigits == 0) {
                return false;
            }
            i += exponentDigits;
        }
        return i == n;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
