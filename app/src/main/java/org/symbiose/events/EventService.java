package org.symbiose.events;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.symbiose.collective.CollectiveActions;
import org.symbiose.ids.EventId;
import org.symbiose.impacts.FiguresService;

/**
 * Writes events: each write is kept in the change log with who and when, and makes the computed
 * figures (workshops, companies engaged) be counted again.
 */
@Service
class EventService extends CollectiveActions<EventId, Event> {

    EventService(EventRepository events, EventChanges changes, FiguresService figures, Clock clock) {
        super(events, changes, figures, clock);
    }
}
