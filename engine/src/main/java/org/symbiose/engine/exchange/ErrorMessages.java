package org.symbiose.engine.exchange;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sentences of {@link DatasetError}s in one language, from the bundle
 * {@code org/symbiose/engine/exchange/errors.properties} (French) and {@code errors_en.properties} (English),
 * keyed by the error's code. Arguments replace {@code {0}}, {@code {1}}...; numbers are written the
 * language's way (decimal comma and narrow spaces in French). The plain substitution, rather than
 * {@link java.text.MessageFormat}, lets messages hold apostrophes as they are.
 */
public final class ErrorMessages {

    static final String BUNDLE = "org.symbiose.engine.exchange.errors";

    private static final ErrorMessages FRENCH = new ErrorMessages(Locale.FRENCH);
    private static final ErrorMessages ENGLISH = new ErrorMessages(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ErrorMessages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: French is the base bundle, whatever the machine says.
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English for an English locale, French for any other. */
    public static ErrorMessages of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? ENGLISH : FRENCH;
    }

    /** The explanation of an error. */
    public String message(DatasetError error) {
        return format(text(error.code()), error.args());
    }

    /** The error with where it is: file, line, column (or cell), then the explanation. */
    public String describe(DatasetError error) {
        var where = new StringBuilder(error.file());
        if (error.line() > 0) {
            where.append(", ").append(format(text("at.line"), List.of(Long.toString(error.line()))));
        }
        if (error.column() != null) {
            where.append(", ").append(format(text("at.column"), List.of(error.column())));
        } else if (error.cell() > 0) {
            where.append(", ").append(format(text("at.cell"), List.of(Integer.toString(error.cell()))));
        }
        return format(text("at.message"), List.of(where.toString(), message(error)));
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A code without a sentence is a bug the bundle test catches; the user still gets the code.
            return key + " {0} {1} {2}";
        }
    }

    private String format(String pattern, List<Object> args) {
        var out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                if (index < args.size()) {
                    out.append(value(args.get(index)));
                }
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip();
    }

    private static boolean isIndex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return to - from <= 2;
    }

    private String value(Object arg) {
        if (arg instanceof Double || arg instanceof Float) {
            NumberFormat number = NumberFormat.getNumberInstance(locale);
            number.setMaximumFractionDigits(6);
            return number.format(arg);
        }
        if (arg instanceof Number) {
            return NumberFormat.getIntegerInstance(locale).format(arg);
        }
        return String.valueOf(arg);
    }
}
