package org.symbiose.initiatives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import org.symbiose.engine.nomenclature.CommuneCatalogue;

/**
 * What the sheet's edit forms hold, as text: numbers as people type them, lists one item per line,
 * tables with blank rows to fill in. Used by the form records and {@link WrittenNumber}, and by the
 * member's questionnaire (package {@code questionnaire}) for its numbers.
 */
public final class FormValues {

    /** INSEE code of a commune ("83126", "2A004"), or nothing; for {@code @Pattern}. */
    static final String INSEE_CODE_OR_BLANK = "\\s*(\\d[0-9AB]\\d{3})?\\s*";

    /** Blank rows offered under a table's existing rows. */
    static final int BLANK_ROWS = 3;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u2009\\u202f]");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern LINE_BULLET = Pattern.compile("^[-•–]\\s+");
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[\\s,;]+");

    private FormValues() {}

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static boolean allBlank(String... texts) {
        return Arrays.stream(texts).allMatch(FormValues::isBlank);
    }

    /** The text stripped, or null when blank. */
    static String optional(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /**
     * The number written, or null when blank. Spaces (also no-break ones) group thousands; the
     * decimal separator is a comma or a point: "1 234,5", "0,65", "1234.5", "1,234.5" and "1.234,5"
     * are all read. A lone comma is decimal, as in French: "1,234" is 1.234.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public static BigDecimal number(String text) {
        if (isBlank(text)) {
            return null;
        }
        String s = SPACES.matcher(text).replaceAll("");
        int commas = count(s, ',');
        int dots = count(s, '.');
        char decimal;
        if (commas > 0 && dots > 0) {
            decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
        } else if (commas == 1) {
            decimal = ',';
        } else if (dots == 1) {
            decimal = '.';
        } else {
            decimal = 0;
        }
        char grouping = decimal == ',' ? '.' : decimal == '.' ? ',' : (commas > 0 ? ',' : '.');
        if (decimal != 0 && count(s, decimal) > 1) {
            throw new NumberFormatException("not a number: " + text);
        }
        if (s.indexOf(grouping) >= 0) {
            String integerPart = decimal == 0 ? s : s.substring(0, s.indexOf(decimal));
            String group = Pattern.quote(String.valueOf(grouping));
            if (!integerPart.matches("[-+]?\\d{1,3}(" + group + "\\d{3})+")) {
                throw new NumberFormatException("not a number: " + text);
            }
        }
        String plain = s.replace(String.valueOf(grouping), "");
        if (decimal != 0) {
            plain = plain.replace(decimal, '.');
        }
        if (!PLAIN_NUMBER.matcher(plain).matches()) {
            throw new NumberFormatException("not a number: " + text);
        }
        return new BigDecimal(plain);
    }

    /** As {@link #number(String)}, or null when the text is blank or not a number. */
    static BigDecimal numberOrNull(String text) {
        try {
            return number(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number written as {@link #number(String)} reads it, or null when blank. */
    static Integer integer(String text) {
        BigDecimal value = number(text);
        return value == null ? null : value.stripTrailingZeros().intValueExact();
    }

    /** A number as the form shows it: no grouping (years stay "2015"), comma decimals in French. */
    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "fr".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    static String format(Integer value) {
        return value == null ? "" : value.toString();
    }

    static String format(double value, Locale locale) {
        return format(BigDecimal.valueOf(value), locale);
    }

    /** Items of a textarea, one per line; blank lines and leading bullets ("- ", "• ") dropped. */
    static List<String> lines(String text) {
        if (isBlank(text)) {
            return List.of();
        }
        return text.lines()
                .map(line -> LINE_BULLET.matcher(line.strip()).replaceFirst(""))
                .filter(line -> !line.isBlank())
                .toList();
    }

    static String lines(List<String> items) {
        return String.join("\n", items);
    }

    /** INSEE codes written in a textarea, separated by lines, spaces, commas or semicolons. */
    static List<String> codes(String text) {
        if (isBlank(text)) {
            return List.of();
        }
        return Arrays.stream(CODE_SEPARATORS.split(text.strip()))
                .filter(code -> !code.isEmpty())
                .distinct()
                .toList();
    }

    /** The rows of a table as bound (nulls, from gaps in the indexes, become blank rows). */
    static <R> List<R> rows(List<R> rows, R blank) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream().map(row -> row == null ? blank : row).toList();
    }

    /** Existing rows and {@link #BLANK_ROWS} blank ones to fill in. */
    static <R> List<R> withBlankRows(List<R> rows, R blank) {
        var all = new ArrayList<R>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(blank);
        }
        return all;
    }

    /** The rows that are not blank, in order. */
    static <R> List<R> filled(List<R> rows, Predicate<R> isBlank) {
        return rows.stream().filter(Objects::nonNull).filter(isBlank.negate()).toList();
    }

    /** Rejects a commune code that matches the INSEE pattern but is no commune of the region. */
    static void requireKnownCommune(Errors errors, String field, String code) {
        if (isBlank(code) || errors.hasFieldErrors(field)) {
            return;
        }
        String stripped = code.strip();
        if (CommuneCatalogue.load().find(stripped).isEmpty()) {
            errors.rejectValue(field, "edit.error.commune.unknown", new Object[] {stripped}, null);
        }
    }

    /** Rejects a blank field of a row that holds something else. */
    static void requireInRow(Errors errors, String field, String value, String code) {
        if (isBlank(value) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code);
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
