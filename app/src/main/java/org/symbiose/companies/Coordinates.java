package org.symbiose.companies;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Degrees as people type them in the site form: "43.1234" or "43,1234" (a French keyboard), spaces
 * around ignored. Six decimals are about ten centimetres: more is noise from a map click.
 */
final class Coordinates {

    private static final Pattern DEGREES = Pattern.compile("[-+]?\\d{1,3}([.,]\\d{1,15})?");

    private Coordinates() {}

    /** The degrees written, or null when the text is not a number of degrees. */
    static Double parse(String text) {
        String s = text.strip().replace('\u00a0', ' ').replace(" ", "");
        if (!DEGREES.matcher(s).matches()) {
            return null;
        }
        return Double.valueOf(s.replace(',', '.'));
    }

    /** Degrees as the form shows them: a point, at most six decimals, no exponent. */
    static String format(double degrees) {
        return BigDecimal.valueOf(degrees)
                .setScale(6, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
