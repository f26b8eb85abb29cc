package org.symbiose.engine.cli;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of the command line in one language ({@code org/symbiose/engine/cli/messages*.properties}):
 * progress, summaries, usage errors. {@code {0}}, {@code {1}}... are replaced by the arguments, whole
 * numbers written as the language writes them (a narrow no-break space between thousands in French).
 */
final class CliMessages {

    private final Language language;
    private final ResourceBundle bundle;

    private CliMessages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "org.symbiose.engine.cli.messages",
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static CliMessages in(Language language) {
        return new CliMessages(language);
    }

    Language language() {
        return language;
    }

    Locale locale() {
        return language.locale();
    }

    /** The sentence of that key, or null when the bundle has none. */
    String optional(String key, Object... args) {
        return bundle.containsKey(key) ? text(key, args) : null;
    }

    String text(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            String value = arg instanceof Long || arg instanceof Integer
                    ? NumberFormat.getIntegerInstance(locale()).format(arg)
                    : String.valueOf(arg);
            text = text.replace("{" + i + "}", value);
        }
        return text;
    }

    /**
     * A count written out with its noun in the right number: {@code key.one} for one (and none, in
     * French), {@code key.other} otherwise; never "entreprise(s)".
     */
    String count(String key, long n) {
        boolean one = language == Language.fr ? n <= 1 : n == 1;
        return text(key + (one ? ".one" : ".other"), n);
    }
}
