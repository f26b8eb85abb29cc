package org.symbiose.synergies;

import java.util.Objects;
import org.symbiose.ids.CompanyId;

/** A company taking part in a synergy and its role there: what the board, the page and the map show. */
public record SynergyParticipant(CompanyId companyId, ParticipantRole role) {

    public SynergyParticipant {
        Objects.requireNonNull(role, "role");
    }
}
