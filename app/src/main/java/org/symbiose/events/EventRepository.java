package org.symbiose.events;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Events and their attendance. */
@Repository
public class EventRepository {

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Event> listByInitiative(long initiativeId) {
        Map<Long, List<Long>> attendance = links(
                "select a.event_id, a.company_id from event_attendance a join event e on e.id = a.event_id"
                        + " where e.initiative_id = ? order by a.company_id",
                initiativeId);
        return jdbc.sql("select * from event where initiative_id = ? order by held_on")
                .param(initiativeId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Event(
                            id,
                            rs.getLong("initiative_id"),
                            EventKind.valueOf(rs.getString("kind")),
                            rs.getString("title"),
                            rs.getDate("held_on").toLocalDate(),
                            rs.getString("commune_insee"),
                            rs.getString("notes"),
                            attendance.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** Link rows grouped by owner, read before the owners so that no query runs inside another. */
    private Map<Long, List<Long>> links(String sql, long initiativeId) {
        var result = new HashMap<Long, List<Long>>();
        jdbc.sql(sql).param(initiativeId).query(rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return result;
    }

    @Transactional
    public long insert(Event event) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into event (initiative_id, kind, title, held_on, commune_insee, notes)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        event.initiativeId(),
                        event.kind().name(),
                        event.title(),
                        Date.valueOf(event.heldOn()),
                        event.communeInsee(),
                        event.notes())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Long company : event.attendeeCompanyIds()) {
            jdbc.sql("insert into event_attendance (event_id, company_id) values (?, ?)")
                    .params(id, company)
                    .update();
        }
        return id;
    }
}
