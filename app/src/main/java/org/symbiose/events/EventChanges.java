package org.symbiose.events;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.collective.ActionChangeLog;

/** The change log of an initiative's events, newest first, kept in {@code event_change}. */
@Repository
class EventChanges extends ActionChangeLog {

    EventChanges(JdbcClient jdbc) {
        super(jdbc, "event_change");
    }
}
