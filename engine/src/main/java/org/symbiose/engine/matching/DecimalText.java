package org.symbiose.engine.matching;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the reasons write them ({@code 1 234,5} in French, {@code 1,234.5} in English: at most the
 * decimals asked, trailing zeros dropped, thousands grouped), exactly the text of a {@link DecimalFormat}
 * {@code "#,##0.##"} rounding half to even on the double's exact value, but without one: at a million flows
 * the reasons hold about ten million numbers, and a {@code DecimalFormat} per number was 7 % of the whole
 * run's samples.
 *
 * <p>The common case (a positive number below 10<sup>12</sup> whose scaled value is not within rounding
 * error of a tie) is written by hand; any other (negative zero, negatives, not finite, huge, near a tie)
 * goes to the {@code DecimalFormat} itself, so that the text is always the format's ({@code
 * DecimalTextTest} compares both on many values).
 */
final class DecimalText {

    private static final long[] SCALES = {1, 10, 100, 1000};
    private static final double LARGEST = 1e12;

    /**
     * Scaled values below this have their text remembered, by language and decimals: a million-flow run
     * writes about ten million numbers, most of them among a few thousand texts (distances, confidences,
     * limits, small quantities). At most 8 × 16,384 short texts, a few megabytes, for as long as the
     * engine is loaded.
     */
    private static final int REMEMBERED = 1 << 14;

    /** By language and decimals, each made on first use. */
    private static final String[][] REMEMBERED_TEXTS = new String[SCALES.length * 2][];

    /** The formats for the cases not written by hand, by language and decimals, per thread (not thread-safe). */
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> new DecimalFormat[8]);

    private DecimalText() {}

    static String fr(double value, int decimals) {
        return format(value, decimals, true);
    }

    static String en(double value, int decimals) {
        return format(value, decimals, false);
    }

    private static String format(double value, int decimals, boolean french) {
        if (!(value >= 0) || value >= LARGEST || decimals < 0 || decimals >= SCALES.length) {
            return byFormat(value, decimals, french);
        }
        if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
            return byFormat(value, decimals, french);
        }
        long scale = SCALES[decimals];
        double scaled = value * scale;
        long whole = (long) scaled;
        double fraction = scaled - whole;
        // The product is within half an ulp of the exact one: only a fraction that close to a half is in doubt.
        if (Math.abs(fraction - 0.5) <= 2 * Math.ulp(scaled)) {
            return byFormat(value, decimals, french);
        }
        long rounded = fraction > 0.5 ? whole + 1 : whole;
        if (rounded < REMEMBERED) {
            // Distances, confidences, limits and most quantities: a few thousand texts, each made once.
            int slot = decimals * 2 + (french ? 0 : 1);
            String[] texts = REMEMBERED_TEXTS[slot];
            if (texts == null) {
                texts = new String[REMEMBERED];
                REMEMBERED_TEXTS[slot] = texts;
            }
            String text = texts[(int) rounded];
            if (text == null) {
                text = text(rounded, decimals, scale, french);
                // A race makes the same text twice; a String is safely shared once seen.
                texts[(int) rounded] = text;
            }
            return text;
        }
        return text(rounded, decimals, scale, french);
    }

    /**
     * The digits of {@code rounded / scale}, grouped, with the decimals that are not trailing zeros: written
     * from the last character back into a small array, no builder.
     */
    private static String text(long rounded, int decimals, long scale, boolean french) {
        long integral = rounded / scale;
        long decimal = rounded % scale;
        int kept = decimals;
        while (kept > 0 && decimal % 10 == 0) {
            decimal /= 10;
            kept--;
        }
        // 12 integral digits at most (the value is below 10^12), 3 separators, a decimal point, 3 decimals.
        char[] out = new char[20];
        int at = out.length;
        for (int i = 0; i < kept; i++) {
            out[--at] = (char) ('0' + decimal % 10);
            decimal /= 10;
        }
        if (kept > 0) {
            out[--at] = french ? ',' : '.';
        }
        char grouping = french ? '\u202f' : ',';
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0) {
                out[--at] = grouping;
            }
            out[--at] = (char) ('0' + integral % 10);
            integral /= 10;
            digits++;
        } while (integral > 0);
        return new String(out, at, out.length - at);
    }

    /** What a {@code DecimalFormat} writes: the reference for every case. */
    static String byFormat(double value, int decimals, boolean french) {
        int slot = decimals < 0 || decimals >= SCALES.length ? -1 : decimals * 2 + (french ? 0 : 1);
        DecimalFormat[] formats = FORMATS.get();
        DecimalFormat format = slot >= 0 ? formats[slot] : null;
        if (format == null) {
            Locale locale = french ? Locale.FRENCH : Locale.ENGLISH;
            var symbols = DecimalFormatSymbols.getInstance(locale);
            if (french) {
                symbols.setGroupingSeparator('\u202f');
            }
            format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), symbols);
            if (slot >= 0) {
                formats[slot] = format;
            }
        }
        return format.format(value);
    }
}
