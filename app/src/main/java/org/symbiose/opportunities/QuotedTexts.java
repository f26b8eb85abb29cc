package org.symbiose.opportunities;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * French typography for what the proposals pages quote as it is written: the knowledge base's pathway
 * labels and themes, and its bibliographic sources inside the engine's reasons ("Authentic Provence;
 * Roig A."), hand-written in plain CSV, often in English punctuation. On a French page a no-break space
 * (U+00A0, as the bundles use) goes before {@code ; : ! ?} that end a word and inside « », whether the
 * text had an ordinary space there or none; a colon inside a word or number ("26(9):960", "10:30",
 * "https://") is not punctuation and stays. English pages show the texts as written. The engine's own
 * typesetting of its reasons only replaces spaces that are there; this one is idempotent over it.
 * Templates call it as {@code ${@quotedTexts.typeset(text)}}.
 */
@Component("quotedTexts")
public class QuotedTexts {

    private static final Pattern BEFORE = Pattern.compile("(?<=\\S)[ \\u00a0\\u202f]*([;:!?])(?=\\s|$)");
    private static final Pattern OPENING = Pattern.compile("«[ \\u00a0\\u202f]*");
    private static final Pattern CLOSING = Pattern.compile("(?<=\\S)[ \\u00a0\\u202f]*»");

    /** The text typeset for the reader's language: French typography on French pages, as written on others. */
    public String typeset(String text) {
        Locale locale = LocaleContextHolder.getLocale();
        return locale != null && "en".equals(locale.getLanguage()) ? text : french(text);
    }

    /** The text with French typography. */
    static String french(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String spaced = BEFORE.matcher(text).replaceAll("\u00a0$1");
        spaced = OPENING.matcher(spaced).replaceAll("«\u00a0");
        return CLOSING.matcher(spaced).replaceAll("\u00a0»");
    }
}
