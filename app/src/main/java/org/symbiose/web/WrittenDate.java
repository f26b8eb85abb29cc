package org.symbiose.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** A date field of a form as it arrives: "2024-03-12" from a date input, "12/03/2024" typed by hand. */
public final class WrittenDate {

    private static final DateTimeFormatter FRENCH =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private WrittenDate() {}

    /** The date, or null when the text is blank, neither form, or no such day (31/02/2024). */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return s.contains("/") ? LocalDate.parse(s, FRENCH) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
