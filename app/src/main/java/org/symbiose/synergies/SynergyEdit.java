package org.symbiose.synergies;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a facilitator may change on a synergy's page: its wording and its follow-up. The status moves
 * apart, through the life cycle; participants are chosen at creation.
 *
 * @param measured the quantity measured (what figures count once the synergy is realised), null when unknown
 * @param startedOn the day the exchange started, null when it has not
 */
public record SynergyEdit(
        String title,
        String description,
        String nextStep,
        String nextStepOwner,
        SynergyQuantity planned,
        SynergyQuantity measured,
        LocalDate startedOn,
        LocalDate endsOn,
        String notes) {

    public SynergyEdit {
        Objects.requireNonNull(title, "title");
    }

    /** The edit that leaves a synergy as it is. */
    static SynergyEdit of(Synergy synergy, FollowUp followUp) {
        return new SynergyEdit(
                synergy.title(),
                synergy.description(),
                followUp.nextStep(),
                followUp.nextStepOwner(),
                followUp.planned(),
                measured(synergy),
                synergy.startedOn(),
                followUp.endsOn(),
                followUp.notes());
    }

    static SynergyQuantity measured(Synergy synergy) {
        return synergy.quantity() == null
                ? null
                : new SynergyQuantity(synergy.quantity(), synergy.unit(), synergy.period());
    }
}
