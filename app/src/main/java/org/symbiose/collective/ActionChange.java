package org.symbiose.collective;

import java.time.Instant;

/**
 * One line of an initiative's change log of collective actions: who recorded, changed or deleted which
 * action, when. The title is the action's at that moment, so that a deleted action can still be named.
 */
public record ActionChange(Instant happenedAt, String actor, Action action, String title) {

    /** What was done. */
    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }
}
