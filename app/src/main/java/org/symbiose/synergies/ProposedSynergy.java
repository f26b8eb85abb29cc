package org.symbiose.synergies;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;

/**
 * What a facilitator retains from one of the engine's proposals (a substitution, or a mutualisation
 * group as one synergy), pre-filled from it: becomes a synergy "en perspective".
 *
 * @param proposalKey the proposal's stable key, kept on the synergy so that it is not proposed again
 * @param participants the companies and their role (supplier and receiver, or the group's partners)
 * @param flowIds the platform ids of the flows the proposal links
 * @param quantity the amount proposed in {@code unit} per {@code period}, null when unknown
 */
public record ProposedSynergy(
        InitiativeId initiativeId,
        String proposalKey,
        SynergyKind kind,
        SynergySubType subType,
        String title,
        String description,
        List<Participant> participants,
        List<FlowId> flowIds,
        BigDecimal quantity,
        Unit unit,
        Period period) {

    /** A company and its role in the synergy. */
    public record Participant(CompanyId companyId, ParticipantRole role) {
        public Participant {
            Objects.requireNonNull(role, "role");
        }
    }

    public ProposedSynergy {
        Objects.requireNonNull(proposalKey, "proposalKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subType, "subType");
        Objects.requireNonNull(title, "title");
        participants = List.copyOf(participants);
        flowIds = List.copyOf(flowIds);
        if (quantity != null && (unit == null || period == null)) {
            throw new IllegalArgumentException("a quantity needs its unit and period");
        }
    }
}
