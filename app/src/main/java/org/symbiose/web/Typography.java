package org.symbiose.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates as each language writes them, for templates ({@code ${@typography.number(x)}}).
 * French: "1 234,5" with a narrow no-break space between thousands, "28 novembre 2026".
 */
@Component("typography")
public class Typography {

    private static final char NARROW_NBSP = '\u202f';
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return format(value, LocaleContextHolder.getLocale());
    }

    public String number(Number value) {
        return value == null ? "" : number(new BigDecimal(value.toString()));
    }

    /** Amount in euros: "98 000 €" (French) or "€98,000" (English). */
    public String euros(BigDecimal value) {
        if (value == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String digits = format(value.setScale(0, RoundingMode.HALF_UP), locale);
        return isFrench(locale) ? digits + "\u00a0€" : "€" + digits;
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** A run of text, bold or not. */
    public record Segment(String text, boolean bold) {}

    /**
     * Cuts text at the sheet's only markup, {@code **bold**}, so templates print each run with
     * {@code th:text} (escaped) inside or outside {@code <strong>}.
     */
    public List<Segment> segments(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var segments = new ArrayList<Segment>();
        Matcher bold = BOLD.matcher(text);
        int start = 0;
        while (bold.find()) {
            if (bold.start() > start) {
                segments.add(new Segment(text.substring(start, bold.start()), false));
            }
            segments.add(new Segment(bold.group(1), true));
            start = bold.end();
        }
        if (start < text.length()) {
            segments.add(new Segment(text.substring(start), false));
        }
        return segments;
    }

    static String format(BigDecimal value, Locale locale) {
        var symbols = new DecimalFormatSymbols(locale);
        if (isFrench(locale)) {
            symbols.setGroupingSeparator(NARROW_NBSP);
            symbols.setDecimalSeparator(',');
        }
        var format = new DecimalFormat("#,##0.###", symbols);
        return format.format(value);
    }

    private static boolean isFrench(Locale locale) {
        return locale == null || "fr".equals(locale.getLanguage());
    }
}
