package org.symbiose.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of an initiative (démarche). */
public record InitiativeId(@JsonValue long value) implements EntityId {

    public InitiativeId {
        if (value <= 0) {
            throw new IllegalArgumentException("initiative id must be positive: " + value);
        }
    }

    /** The id a request body names (a JSON number). */
    @JsonCreator
    public static InitiativeId of(long value) {
        return new InitiativeId(value);
    }

    /**
     * The id a URL names. One that no initiative can have (zero, negative) names no record, a 404
     * like any unknown id.
     *
     * @throws UnknownIdException when the value cannot be an id
     */
    public static InitiativeId fromPath(long value) {
        if (value <= 0) {
            throw new UnknownIdException("initiative", value);
        }
        return new InitiativeId(value);
    }

    /** The number alone, as URLs, messages and logs write it. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
