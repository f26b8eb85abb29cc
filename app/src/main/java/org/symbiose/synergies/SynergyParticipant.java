package org.symbiose.synergies;

import java.util.Objects;

/** A company taking part in a synergy and its role there: what the board, the page and the map show. */
public record SynergyParticipant(long companyId, ParticipantRole role) {

    public SynergyParticipant {
        Objects.requireNonNull(role, "role");
    }
}
