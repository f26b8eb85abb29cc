package org.symbiose.synergies;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.ids.SynergyId;

/** The history of each synergy, kept in {@code synergy_change}. */
@Repository
class SynergyChanges {

    private final JdbcClient jdbc;

    SynergyChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(SynergyId synergyId, String actor, Instant at, SynergyChange.Field field, String from, String to) {
        jdbc.sql("insert into synergy_change (synergy_id, happened_at, actor, field, old_value, new_value)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(synergyId.value(), Timestamp.from(at), actor, field.name(), from, to)
                .update();
    }

    /** A synergy's whole history, newest first. */
    List<SynergyChange> of(SynergyId synergyId) {
        return jdbc.sql("select happened_at, actor, field, old_value, new_value from synergy_change"
                        + " where synergy_id = ? order by happened_at desc, id desc")
                .param(synergyId.value())
                .query((rs, n) -> new SynergyChange(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        SynergyChange.Field.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}
