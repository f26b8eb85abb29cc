package org.symbiose.collective;

import org.symbiose.ids.EntityId;
import org.symbiose.ids.InitiativeId;

/**
 * One collective action of an initiative (an event, a group purchase), as its pages and log name it.
 *
 * @param <I> its id's type ({@code EventId}, {@code PurchaseId})
 */
public interface CollectiveAction<I extends EntityId> {

    /** Null until saved. */
    I id();

    InitiativeId initiativeId();

    /** What the facilitators call it; the change log keeps it so that a deleted action can be named. */
    String title();
}
