package org.symbiose.purchasing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The change log of an initiative's group purchases, newest first, kept in {@code group_purchase_change}. */
@Repository
class PurchaseChanges {

    private final JdbcClient jdbc;

    PurchaseChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long initiativeId, String actor, PurchaseChange.Action action, String title, Instant at) {
        jdbc.sql(
                        "insert into group_purchase_change (initiative_id, happened_at, actor, action, title) values (?, ?, ?, ?, ?)")
                .params(initiativeId, Timestamp.from(at), actor, action.name(), title)
                .update();
    }

    /** The latest fifty changes of one initiative's group purchases, newest first. */
    List<PurchaseChange> latest(long initiativeId) {
        return jdbc.sql("select happened_at, actor, action, title from group_purchase_change where initiative_id = ?"
                        + " order by happened_at desc, id desc fetch first 50 rows only")
                .param(initiativeId)
                .query((rs, n) -> new PurchaseChange(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        PurchaseChange.Action.valueOf(rs.getString(3)),
                        rs.getString(4)))
                .list();
    }
}
