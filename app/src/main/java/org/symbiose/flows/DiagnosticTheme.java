package org.symbiose.flows;

import java.util.Locale;
import java.util.Optional;

/**
 * The theme of a thematic diagnostic: a closed list, so that diagnostics can be counted by theme across
 * initiatives. Labels are in messages-flows ({@code diagnostic.theme.BIOWASTE}).
 */
public enum DiagnosticTheme {
    BIOWASTE,
    PALLETS,
    ENERGY,
    WATER,
    PACKAGING,
    CHEMICALS,
    OTHER;

    /** The theme of a stored or typed name ("PALLETS", "pallets"), empty for anything else. */
    public static Optional<DiagnosticTheme> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
