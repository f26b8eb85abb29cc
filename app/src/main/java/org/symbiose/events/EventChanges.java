package org.symbiose.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The change log of an initiative's events, newest first, kept in {@code event_change}. */
@Repository
class EventChanges {

    private final JdbcClient jdbc;

    EventChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long initiativeId, String actor, EventChange.Action action, String title, Instant at) {
        jdbc.sql("insert into event_change (initiative_id, happened_at, actor, action, title) values (?, ?, ?, ?, ?)")
                .params(initiativeId, Timestamp.from(at), actor, action.name(), title)
                .update();
    }

    /** The latest fifty changes of one initiative's events, newest first. */
    List<EventChange> latest(long initiativeId) {
        return jdbc.sql("select happened_at, actor, action, title from event_change where initiative_id = ?"
                        + " order by happened_at desc, id desc fetch first 50 rows only")
                .param(initiativeId)
                .query((rs, n) -> new EventChange(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        EventChange.Action.valueOf(rs.getString(3)),
                        rs.getString(4)))
                .list();
    }
}
