package org.symbiose.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.symbiose.collective.CollectiveAction;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.EventId;
import org.symbiose.ids.InitiativeId;

/**
 * A workshop, meeting, training or visit of an initiative and the companies that attended.
 *
 * @param id null until saved
 * @param theme what it was about ("bois et palettes", "énergie"), null when not said
 * @param communeInsee INSEE code of the commune where it was held, null when not said
 * @param attendeeCompanyIds ids of the companies present, all of the same initiative
 */
public record Event(
        EventId id,
        InitiativeId initiativeId,
        EventKind kind,
        String title,
        LocalDate heldOn,
        String theme,
        String communeInsee,
        String notes,
        List<CompanyId> attendeeCompanyIds)
        implements CollectiveAction<EventId> {

    public Event {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heldOn, "heldOn");
        attendeeCompanyIds = List.copyOf(attendeeCompanyIds);
    }

    /** The same event under its database id. */
    public Event withId(EventId newId) {
        return new Event(newId, initiativeId, kind, title, heldOn, theme, communeInsee, notes, attendeeCompanyIds);
    }
}
