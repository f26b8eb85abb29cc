package org.symbiose.events;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.collective.ActionStore;
import org.symbiose.collective.ActionTables;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.EventId;
import org.symbiose.ids.InitiativeId;

/** Events and their attendance. */
@Repository
public class EventRepository extends ActionTables<EventId> implements ActionStore<EventId, Event> {

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        super(jdbc, "event", "event_attendance", "event_id", EventId::new);
        this.jdbc = jdbc;
    }

    /** The events of an initiative, most recent first. */
    public List<Event> listByInitiative(InitiativeId initiativeId) {
        Map<EventId, List<CompanyId>> attendance = companiesByAction(initiativeId);
        return jdbc.sql("select * from event where initiative_id = ? order by held_on desc, id desc")
                .param(initiativeId.value())
                .query((rs, n) -> row(rs, attendance))
                .list();
    }

    /** One event of an initiative; empty when the id names none or an event of another initiative. */
    public Optional<Event> find(InitiativeId initiativeId, EventId id) {
        Map<EventId, List<CompanyId>> attendance = companiesOf(id);
        return jdbc.sql("select * from event where id = ? and initiative_id = ?")
                .params(id.value(), initiativeId.value())
                .query((rs, n) -> row(rs, attendance))
                .optional();
    }

    /** Events of one kind (workshops...) of an initiative. */
    public long count(InitiativeId initiativeId, EventKind kind) {
        return jdbc.sql("select count(*) from event where initiative_id = ? and kind = ?")
                .params(initiativeId.value(), kind.name())
                .query(Long.class)
                .single();
    }

    /** Ids of the companies that attended at least one of the initiative's events. */
    public Set<CompanyId> attendingCompanies(InitiativeId initiativeId) {
        return companiesTakingPart(initiativeId);
    }

    private static Event row(ResultSet rs, Map<EventId, List<CompanyId>> attendance) throws SQLException {
        var id = new EventId(rs.getLong("id"));
        return new Event(
                id,
                new InitiativeId(rs.getLong("initiative_id")),
                EventKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("theme"),
                rs.getString("commune_insee"),
                rs.getString("notes"),
                attendance.getOrDefault(id, List.of()));
    }

    @Transactional
    public EventId insert(Event event) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into event (initiative_id, kind, title, held_on, theme, commune_insee, notes)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        event.initiativeId().value(),
                        event.kind().name(),
                        event.title(),
                        Date.valueOf(event.heldOn()),
                        event.theme(),
                        event.communeInsee(),
                        event.notes())
                .update(keys, "id");
        var id = new EventId(keys.getKeyAs(Number.class).longValue());
        insertCompanies(id, event.attendeeCompanyIds());
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
                        event.id().value(),
                        event.initiativeId().value(),
                        version)
                .update();
        if (rows == 0) {
            return false;
        }
        replaceCompanies(event.id(), event.attendeeCompanyIds());
        return true;
    }
}
