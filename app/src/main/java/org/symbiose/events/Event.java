package org.symbiose.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An event or workshop of an initiative and the companies that attended.
 *
 * @param attendeeCompanyIds ids of the companies present
 */
public record Event(
        Long id,
        long initiativeId,
        EventKind kind,
        String title,
        LocalDate heldOn,
        String communeInsee,
        String notes,
        List<Long> attendeeCompanyIds) {

    public Event {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heldOn, "heldOn");
        attendeeCompanyIds = List.copyOf(attendeeCompanyIds);
    }
}
