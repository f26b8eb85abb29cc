package org.symbiose.reports;

import java.text.Normalizer;
import java.util.Locale;

/** Small text rules of the sheet, kept apart so that they are tested on their own. */
final class SheetTexts {

    private SheetTexts() {}

    /**
     * The text without a leading repetition of the title (accents, case and the punctuation after it
     * ignored); the text itself when it does not start with the title, null when nothing is left.
     */
    static String withoutLeadingTitle(String title, String text) {
        if (text == null || title == null || title.isBlank()) {
            return blankToNull(text);
        }
        String stripped = text.strip();
        String folded = fold(stripped);
        String prefix = fold(title.strip());
        if (!folded.startsWith(prefix)) {
            return blankToNull(stripped);
        }
        int end = prefix.length();
        if (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
            return stripped; // "Biodéchets (suite)" is not repeated by "Biodéchetsxyz"
        }
        String rest = stripped.substring(end).replaceFirst("^[\\s\\u00a0\\u202f]*[:;,.\\-–—]?[\\s\\u00a0\\u202f]*", "");
        if (rest.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null; // "…, contrôles réglementaires,..." said nothing more than its title
        }
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /** Lower case without accents, one character for one character (so that offsets stay valid). */
    private static String fold(String text) {
        var folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String base =
                    Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            folded.append(base.length() == 1 ? base.toLowerCase(Locale.ROOT).charAt(0) : Character.toLowerCase(c));
        }
        return folded.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
