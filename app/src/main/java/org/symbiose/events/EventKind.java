package org.symbiose.events;

/** Kind of collective event an initiative runs. */
public enum EventKind {
    WORKSHOP,
    MEETING,
    TRAINING,
    VISIT
}
