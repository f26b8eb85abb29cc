package org.symbiose.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;
import org.symbiose.collective.ActionForm;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.EventId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.web.WrittenDate;

/**
 * The event form as typed: every field a text, so that a wrong date or kind comes back as a message
 * naming the field rather than a binding failure.
 *
 * @param heldOn "2024-03-12" as a date input sends it, or "12/03/2024" as a person types it
 * @param attendees ids of the attending companies, checked against the initiative's by the controller
 */
record EventForm(
        @NotBlank(message = "{events.error.kind.required}") String kind,

        @NotBlank(message = "{events.error.title.required}") @Size(max = 300, message = "{events.error.title.size}")
        String title,

        @NotBlank(message = "{events.error.heldOn.required}")
        String heldOn,

        @Size(max = 200, message = "{events.error.theme.size}")
        String theme,

        @Pattern(regexp = "\\s*(\\d[0-9AB]\\d{3})?\\s*", message = "{events.error.commune.pattern}")
        String communeInsee,

        @Size(max = 20000, message = "{events.error.notes.size}")
        String notes,

        List<Long> attendees)
        implements ActionForm<EventId, Event> {

    EventForm {
        attendees = attendees == null
                ? List.of()
                : List.copyOf(attendees.stream().distinct().toList());
    }

    static EventForm blank() {
        return new EventForm(EventKind.WORKSHOP.name(), "", "", "", "", "", List.of());
    }

    static EventForm of(Event event) {
        return new EventForm(
                event.kind().name(),
                event.title(),
                event.heldOn().toString(),
                text(event.theme()),
                text(event.communeInsee()),
                text(event.notes()),
                event.attendeeCompanyIds().stream().map(CompanyId::value).toList());
    }

    /** The checks Bean Validation cannot make: a known kind, a real date, a known commune. */
    @Override
    public void check(Errors errors) {
        if (!errors.hasFieldErrors("kind") && kindOrNull() == null) {
            errors.rejectValue("kind", "events.error.kind.unknown");
        }
        if (!errors.hasFieldErrors("heldOn") && WrittenDate.parse(heldOn) == null) {
            errors.rejectValue("heldOn", "events.error.heldOn.invalid", new Object[] {heldOn.strip()}, null);
        }
        String commune = optional(communeInsee);
        if (commune != null
                && !errors.hasFieldErrors("communeInsee")
                && CommuneCatalogue.load().find(commune).isEmpty()) {
            errors.rejectValue("communeInsee", "events.error.commune.unknown", new Object[] {commune}, null);
        }
    }

    @Override
    public List<Long> companyIds() {
        return attendees;
    }

    /** The event this valid form describes. */
    @Override
    public Event toAction(EventId id, InitiativeId initiativeId) {
        return new Event(
                id,
                initiativeId,
                kindOrNull(),
                title.strip(),
                WrittenDate.parse(heldOn),
                optional(theme),
                optional(communeInsee),
                optional(notes),
                attendees.stream().map(CompanyId::new).toList());
    }

    private EventKind kindOrNull() {
        return Arrays.stream(EventKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
