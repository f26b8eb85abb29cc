package org.symbiose.collective;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.ids.InitiativeId;

/**
 * A feature's change log of its collective actions, newest first, in the table the feature owns and
 * names (columns {@code initiative_id, happened_at, actor, action, title}): each feature subclasses it
 * as a repository of its own.
 */
public abstract class ActionChangeLog {

    private final JdbcClient jdbc;
    private final String table;

    protected ActionChangeLog(JdbcClient jdbc, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
    }

    public void record(InitiativeId initiativeId, String actor, ActionChange.Action action, String title, Instant at) {
        jdbc.sql("insert into " + table + " (initiative_id, happened_at, actor, action, title) values (?, ?, ?, ?, ?)")
                .params(initiativeId.value(), Timestamp.from(at), actor, action.name(), title)
                .update();
    }

    /** The latest fifty changes of one initiative's actions, newest first. */
    public List<ActionChange> latest(InitiativeId initiativeId) {
        return jdbc.sql("select happened_at, actor, action, title from " + table + " where initiative_id = ?"
                        + " order by happened_at desc, id desc fetch first 50 rows only")
                .param(initiativeId.value())
                .query((rs, n) -> new ActionChange(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        ActionChange.Action.valueOf(rs.getString(3)),
                        rs.getString(4)))
                .list();
    }
}
