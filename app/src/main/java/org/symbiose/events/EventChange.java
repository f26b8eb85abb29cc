package org.symbiose.events;

import java.time.Instant;

/**
 * One line of an initiative's change log of events: who recorded, changed or deleted which event,
 * when. The title is the event's at that moment, so that a deleted event can still be named.
 */
public record EventChange(Instant happenedAt, String actor, Action action, String title) {

    /** What was done. */
    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }
}
