package org.symbiose.events;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.impacts.FiguresService;

/**
 * Writes events: each write is kept in the change log with who and when, and makes the computed
 * figures (workshops, companies engaged) be counted again.
 */
@Service
class EventService {

    private final EventRepository events;
    private final EventChanges changes;
    private final FiguresService figures;
    private final Clock clock;

    EventService(EventRepository events, EventChanges changes, FiguresService figures, Clock clock) {
        this.events = events;
        this.changes = changes;
        this.figures = figures;
        this.clock = clock;
    }

    List<Event> list(long initiativeId) {
        return events.listByInitiative(initiativeId);
    }

    Optional<Event> find(long initiativeId, long id) {
        return id <= 0 ? Optional.empty() : events.find(initiativeId, id);
    }

    List<EventChange> changes(long initiativeId) {
        return changes.latest(initiativeId);
    }

    /** The version a change or deletion must name, -1 when there is no such record any more. */
    int version(long initiativeId, long id) {
        return events.version(initiativeId, id).orElse(-1);
    }

    @Transactional
    long create(Event event, String actor) {
        long id = events.insert(event);
        changes.record(event.initiativeId(), actor, EventChange.Action.CREATED, event.title(), clock.instant());
        figures.forgetAll();
        return id;
    }

    /** False when the initiative has no such event at that version (then nothing is written). */
    @Transactional
    boolean update(Event event, int version, String actor) {
        if (!events.update(event, version)) {
            return false;
        }
        changes.record(event.initiativeId(), actor, EventChange.Action.UPDATED, event.title(), clock.instant());
        figures.forgetAll();
        return true;
    }

    /** False when the initiative has no such event at that version (then nothing is written). */
    @Transactional
    boolean delete(Event event, int version, String actor) {
        if (!events.delete(event.initiativeId(), event.id(), version)) {
            return false;
        }
        changes.record(event.initiativeId(), actor, EventChange.Action.DELETED, event.title(), clock.instant());
        figures.forgetAll();
        return true;
    }
}
