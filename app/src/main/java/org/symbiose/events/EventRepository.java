package org.symbiose.events;

import java.sql.Date;
import java.util.List;
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
                            jdbc.sql("select company_id from event_attendance where event_id = ? order by company_id")
                                    .param(id)
                                    .query(Long.class)
                                    .list());
                })
                .list();
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
