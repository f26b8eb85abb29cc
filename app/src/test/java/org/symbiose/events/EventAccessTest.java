package org.symbiose.events;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.collective.CollectiveActionAccessTestSupport;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.EventId;

/**
 * Every events page for every role ({@link CollectiveActionAccessTestSupport}): only ADETO's facilitators
 * read and write ADETO's events; the coordinator is refused too, since attendance names companies.
 */
class EventAccessTest extends CollectiveActionAccessTestSupport<EventId, Event> {

    EventAccessTest() {
        super(EventFormTest.EVENTS, "Réunion de test des accès");
    }

    @Autowired
    EventRepository events;

    @Override
    protected EventId record() {
        return events.insert(new Event(
                null,
                adeto,
                EventKind.MEETING,
                title(),
                LocalDate.of(2024, 5, 2),
                null,
                null,
                null,
                List.of(new CompanyId(company))));
    }

    @Override
    protected MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title) {
        return request.param("kind", "MEETING")
                .param("title", title)
                .param("heldOn", "2024-05-03")
                .param("attendees", String.valueOf(company));
    }
}
