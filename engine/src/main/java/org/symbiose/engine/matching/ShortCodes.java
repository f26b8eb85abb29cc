package org.symbiose.engine.matching;

import java.util.Collection;

/**
 * Short ASCII codes (NAF codes and their prefixes, at most 8 characters) packed into a {@code long}, so
 * that the search compares numbers where it would otherwise hash and compare strings for every pair.
 * Packing is exact: two codes are equal exactly when their packed forms are.
 */
public final class ShortCodes {

    /** What {@link #of(String)} returns for a string it cannot pack (too long, or not ASCII). */
    public static final long NONE = -1;

    private ShortCodes() {}

    /** The code packed, one byte per character after a leading 1 bit; {@link #NONE} if it cannot be. */
    public static long of(String code) {
        if (code.length() > 7) {
            return NONE;
        }
        long packed = 1;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 128) {
                return NONE;
            }
            packed = packed << 8 | c;
        }
        return packed;
    }

    /** Every code packed, or null if one cannot be (the caller then compares the strings). */
    public static long[] of(Collection<String> codes) {
        long[] packed = new long[codes.size()];
        int i = 0;
        for (String code : codes) {
            packed[i] = of(code);
            if (packed[i++] == NONE) {
                return null;
            }
        }
        return packed;
    }

    /** Whether the two arrays share a value. */
    static boolean intersect(long[] a, long[] b) {
        for (long x : a) {
            if (contains(b, x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the array holds the value. */
    public static boolean contains(long[] codes, long code) {
        for (long c : codes) {
            if (c == code) {
                return true;
            }
        }
        return false;
    }
}
