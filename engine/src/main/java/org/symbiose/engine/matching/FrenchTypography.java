package org.symbiose.engine.matching;

import java.util.regex.Pattern;

/**
 * French typography for texts the knowledge base holds (pathways' labels, constraints and sources, written
 * by hand in plain CSV with ordinary spaces) when a French reason quotes them: a no-break space (U+00A0, as
 * the application's bundles use) before {@code : ; ! ?} and {@code »} and after {@code «}, so that a line
 * never begins with a colon or leaves a guillemet alone.
 */
final class FrenchTypography {

    private static final Pattern BEFORE = Pattern.compile("[ \\u202f]+([:;!?»])");
    private static final Pattern AFTER = Pattern.compile("«[ \\u202f]+");

    private FrenchTypography() {}

    static String typeset(String text) {
        if (text == null || !needsWork(text)) {
            return text;
        }
        String spaced = BEFORE.matcher(text).replaceAll("\u00a0$1");
        return AFTER.matcher(spaced).replaceAll("«\u00a0");
    }

    private static boolean needsWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == ';' || c == '!' || c == '?' || c == '«' || c == '»') {
                return true;
            }
        }
        return false;
    }
}
