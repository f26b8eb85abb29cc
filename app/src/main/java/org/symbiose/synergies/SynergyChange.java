package org.symbiose.synergies;

import java.time.Instant;

/**
 * One line of a synergy's history: who changed which field, when, from what to what. Values are kept
 * as text: a status or unit by its name, a date as 2024-03-12, a quantity as "12.5 TONNE YEAR".
 */
public record SynergyChange(Instant happenedAt, String actor, Field field, String from, String to) {

    /** What changed; the two creations have no "from". */
    public enum Field {
        CREATED_FROM_PROPOSAL,
        CREATED_BY_HAND,
        STATUS,
        TITLE,
        DESCRIPTION,
        NEXT_STEP,
        NEXT_STEP_OWNER,
        PLANNED,
        MEASURED,
        STARTED_ON,
        ENDS_ON,
        NOTES,
        ABANDON_REASON,
        /** A participating company: "12 SUPPLIER" (its id and role), none on one side when added or removed. */
        PARTICIPANT,
        /** A linked flow: "34 Palettes bois" (its id and label then), none on one side when attached or detached. */
        FLOW
    }
}
