package org.symbiose.territory;

import java.util.Locale;
import java.util.Optional;

/** What the metabolism shows: the flows companies declare, the engine's proposals, or realised synergies. */
enum MetabolismView {
    DECLARED,
    PROPOSED,
    REALISED;

    /** As written in the URL ({@code declared}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<MetabolismView> parse(String text) {
        for (MetabolismView view : values()) {
            if (view.code().equals(text)) {
                return Optional.of(view);
            }
        }
        return Optional.empty();
    }
}
