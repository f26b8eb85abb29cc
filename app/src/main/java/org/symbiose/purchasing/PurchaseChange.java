package org.symbiose.purchasing;

import java.time.Instant;

/**
 * One line of an initiative's change log of group purchases: who recorded, changed or deleted which
 * operation, when. The title is the operation's at that moment, so that a deleted one can still be named.
 */
public record PurchaseChange(Instant happenedAt, String actor, Action action, String title) {

    /** What was done. */
    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }
}
