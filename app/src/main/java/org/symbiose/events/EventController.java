package org.symbiose.events;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.collective.CollectiveActionPages;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.ids.EventId;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.FormProblems;

/**
 * An initiative's events (workshops, meetings, trainings, visits): the list, most recent first, and
 * the forms to record, change and delete one (the life cycle shared with group purchases,
 * {@link CollectiveActionPages}). For the initiative's facilitators only: attendance names companies,
 * which the network coordinator does not see.
 */
@Controller
@RequestMapping("/initiatives/{slug}/events")
class EventController extends CollectiveActionPages<EventId, Event, EventForm> {

    static final Names NAMES = new Names("events", "events", "events", "events", "event", "attendees");

    EventController(
            InitiativeRepository initiatives,
            CompanyRepository companies,
            EventService events,
            AccessPolicy access,
            FormProblems pages) {
        super(NAMES, EventId::fromPath, initiatives, companies, events, access, pages);
    }

    @Override
    protected EventForm blank() {
        return EventForm.blank();
    }

    @Override
    protected EventForm formOf(Event event) {
        return EventForm.of(event);
    }

    @Override
    protected void addChoices(Model model) {
        model.addAttribute("kinds", EventKind.values());
    }
}
