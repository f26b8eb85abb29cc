package org.symbiose.initiatives;

/** Database identity of an initiative (démarche). */
public record InitiativeId(long value) {
    public InitiativeId {
        if (value <= 0) {
            throw new IllegalArgumentException("initiative id must be positive: " + value);
        }
    }
}
