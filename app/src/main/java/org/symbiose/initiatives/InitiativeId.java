package org.symbiose.initiatives;

import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of an initiative (démarche). */
public record InitiativeId(@JsonValue long value) {
    public InitiativeId {
        if (value <= 0) {
            throw new IllegalArgumentException("initiative id must be positive: " + value);
        }
    }

    /**
     * The id a URL names. One that no initiative can have (zero, negative) is an initiative that does
     * not exist, a 404 like any unknown id, not a programming error.
     *
     * @throws InitiativeNotFoundException when the value cannot be an id
     */
    public static InitiativeId fromPath(long value) {
        if (value <= 0) {
            throw new InitiativeNotFoundException(String.valueOf(value));
        }
        return new InitiativeId(value);
    }
}
