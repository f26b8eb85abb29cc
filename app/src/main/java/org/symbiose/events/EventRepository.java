package org.symbiose.events;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.collective.ActionStore;

/** Events and their attendance. */
@Repository
public class EventRepository implements ActionStore<Event> {

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The events of an initiative, most recent first. */
    public List<Event> listByInitiative(long initiativeId) {
        Map<Long, List<Long>> attendance = links(
                "select a.event_id, a.company_id from event_attendance a join event e on e.id = a.event_id"
                        + " where e.initiative_id = ? order by a.company_id",
                initiativeId);
        return jdbc.sql("select * from event where initiative_id = ? order by held_on desc, id desc")
                .param(initiativeId)
                .query((rs, n) -> row(rs, attendance))
                .list();
    }

    /** One event of an initiative; empty when the id names none or an event of another initiative. */
    public Optional<Event> find(long initiativeId, long id) {
        Map<Long, List<Long>> attendance =
                links("select event_id, company_id from event_attendance where event_id = ? order by company_id", id);
        return jdbc.sql("select * from event where id = ? and initiative_id = ?")
                .params(id, initiativeId)
                .query((rs, n) -> row(rs, attendance))
                .optional();
    }

    /** Events of one kind (workshops...) of an initiative. */
    public long count(long initiativeId, EventKind kind) {
        return jdbc.sql("select count(*) from event where initiative_id = ? and kind = ?")
                .params(initiativeId, kind.name())
                .query(Long.class)
                .single();
    }

    /** Ids of the companies that attended at least one of the initiative's events. */
    public Set<Long> attendingCompanies(long initiativeId) {
        return Set.copyOf(jdbc.sql("select distinct a.company_id from event_attendance a"
                        + " join event e on e.id = a.event_id where e.initiative_id = ?")
                .param(initiativeId)
                .query(Long.class)
                .list());
    }

    private static Event row(ResultSet rs, Map<Long, List<Long>> attendance) throws SQLException {
        long id = rs.getLong("id");
        return new Event(
                id,
                rs.getLong("initiative_id"),
                EventKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("theme"),
                rs.getString("commune_insee"),
                rs.getString("notes"),
                attendance.getOrDefault(id, List.of()));
    }

    /** Link rows grouped by owner, read before the owners so that no query runs inside another. */
    private Map<Long, List<Long>> links(String sql, long key) {
        var result = new HashMap<Long, List<Long>>();
        jdbc.sql(sql).param(key).query(rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return result;
    }

    /** The version a change or deletion of this event must name; empty when the initiative has no such event. */
    public Optional<Integer> version(long initiativeId, long id) {
        return jdbc.sql("select version from event where id = ? and initiative_id = ?")
                .params(id, initiativeId)
                .query(Integer.class)
                .optional();
    }

    @Transactional
    public long insert(Event event) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into event (initiative_id, kind, title, held_on, theme, commune_insee, notes)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        event.initiativeId(),
                        event.kind().name(),
                        event.title(),
                        Date.valueOf(event.heldOn()),
                        event.theme(),
                        event.communeInsee(),
                        event.notes())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertAttendance(id, event.attendeeCompanyIds());
        return id;
    }

    /**
     * Replaces an event's fields and attendance if it is still at the version the change was made from;
     * false when no event of that initiative has the id at that version (then nothing is written).
     */
    @Transactional
    public boolean update(Event event, int version) {
        int rows = jdbc.sql("update event set kind = ?, title = ?, held_on = ?, theme = ?, commune_insee = ?,"
                        + " notes = ?, version = version + 1 where id = ? and initiative_id = ? and version = ?")
                .params(
                        event.kind().name(),
                        event.title(),
                        Date.valueOf(event.heldOn()),
                        event.theme(),
                        event.communeInsee(),
                        event.notes(),
                        event.id(),
                        event.initiativeId(),
                        version)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("delete from event_attendance where event_id = ?")
                .param(event.id())
                .update();
        insertAttendance(event.id(), event.attendeeCompanyIds());
        return true;
    }

    /** Deletes an event and its attendance if still at that version; false otherwise (nothing deleted). */
    @Transactional
    public boolean delete(long initiativeId, long id, int version) {
        return jdbc.sql("delete from event where id = ? and initiative_id = ? and version = ?")
                        .params(id, initiativeId, version)
                        .update()
                > 0;
    }

    private void insertAttendance(long eventId, List<Long> companies) {
        for (Long company : companies) {
            jdbc.sql("insert into event_attendance (event_id, company_id) values (?, ?)")
                    .params(eventId, company)
                    .update();
        }
    }
}
