package org.symbiose.engine.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The language {@code symbiose match} speaks: French unless English is asked for, by {@code --lang en} or by the
 * environment. The environment is read as POSIX says, {@code LC_ALL} over {@code LC_MESSAGES} over {@code LANG};
 * the first of them set decides, and {@code C} or {@code POSIX} (a machine's default, not a person's choice)
 * counts as French. Only when none is set does the JVM's {@code user.language} decide (Windows, macOS).
 */
enum Language {
    fr(Locale.FRENCH),
    en(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /**
     * @param option the {@code --lang} given, null when none
     * @param environment the process's environment variables
     * @param userLanguage the JVM's {@code user.language}, null when unknown
     */
    static Language resolve(Language option, Map<String, String> environment, String userLanguage) {
        if (option != null) {
            return option;
        }
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value.strip().toLowerCase(Locale.ROOT).startsWith("en") ? en : fr;
            }
        }
        return "en".equalsIgnoreCase(userLanguage) ? en : fr;
    }
}
