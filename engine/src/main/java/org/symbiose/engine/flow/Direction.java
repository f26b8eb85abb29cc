package org.symbiose.engine.flow;

import java.util.Locale;

/** Whether a flow leaves the company (a supply, "gisement") or enters it (a need, "besoin"). */
public enum Direction {
    OUT,
    IN;

    /**
     * Reads the exchange format's spellings: {@code out/in}, {@code sortant/entrant},
     * {@code supply/demand}, {@code have/want}, case-insensitive.
     */
    public static Direction parse(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "out", "sortant", "supply", "have" -> OUT;
            case "in", "entrant", "demand", "want" -> IN;
            default -> throw new IllegalArgumentException("unknown direction: " + text);
        };
    }
}
