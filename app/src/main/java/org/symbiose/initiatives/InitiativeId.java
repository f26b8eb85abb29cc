package org.symbiose.initiatives;

import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of an initiative (démarche). */
public record InitiativeId(@JsonValue long value) {
    public InitiativeId {
        if (value <= 0) {
            throw new IllegalArgumentException("initiative id must be positive: " + value);
        }
    }
}
