package org.symbiose.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Numbers and dates as each language writes them, for templates ({@code ${@typography.number(x)}}).
 * French: "1 234,5" with a narrow no-break space between thousands, "28 novembre 2026".
 */
@Component("typography")
public class Typography {

    private static final char NARROW_NBSP = '\u202f';

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

    /**
     * Escapes text for HTML and renders the sheet's only markup, {@code **bold**}, as
     * {@code <strong>}. For {@code th:utext}.
     */
    public String rich(String text) {
        if (text == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(text, "UTF-8").replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
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
