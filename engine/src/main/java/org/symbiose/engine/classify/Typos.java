package org.symbiose.engine.classify;

/** Edit distance checks for typo tolerance. */
final class Typos {

    private Typos() {}

    /** Whether two words differ by at most one insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOne(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la == lb) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (++differences == 1) {
                        first = i;
                    } else if (differences > 2) {
                        return false;
                    }
                }
            }
            if (differences == 1) {
                return true;
            }
            return first + 1 < la
                    && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
