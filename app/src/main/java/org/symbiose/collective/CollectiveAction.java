package org.symbiose.collective;

import org.symbiose.ids.InitiativeId;

/** One collective action of an initiative (an event, a group purchase), as its pages and log name it. */
public interface CollectiveAction {

    /** Null until saved. */
    Long id();

    InitiativeId initiativeId();

    /** What the facilitators call it; the change log keeps it so that a deleted action can be named. */
    String title();
}
