package org.symbiose.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of a synergy. */
public record SynergyId(@JsonValue long value) implements EntityId {

    public SynergyId {
        if (value <= 0) {
            throw new IllegalArgumentException("synergy id must be positive: " + value);
        }
    }

    /** The id a request body names (a JSON number). */
    @JsonCreator
    public static SynergyId of(long value) {
        return new SynergyId(value);
    }

    /**
     * The id a URL names. One that no synergy can have (zero, negative) names no record, a 404
     * like any unknown id.
     *
     * @throws UnknownIdException when the value cannot be an id
     */
    public static SynergyId fromPath(long value) {
        if (value <= 0) {
            throw new UnknownIdException("synergy", value);
        }
        return new SynergyId(value);
    }

    /** The number alone, as URLs, messages and logs write it. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
