package org.symbiose.initiatives;

import java.util.Objects;

/**
 * The organisation carrying the initiative.
 *
 * @param founded year of creation, null when unknown
 * @param members number of member organisations, null when unknown
 */
public record Carrier(
        String name, String shortName, CarrierType type, Integer founded, Integer members, Prose description) {

    public Carrier {
        name = Texts.required(name, "carrier name");
        shortName = Texts.optional(shortName);
        Objects.requireNonNull(type, "carrier type");
        Texts.requireNonNegative(members, "members");
        description = description == null ? Prose.EMPTY : description;
    }
}
