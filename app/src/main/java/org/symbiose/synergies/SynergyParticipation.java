package org.symbiose.synergies;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.SynergyId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.web.RefusedRequestException;

/**
 * Who takes part in a synergy and which flows it links, changed after its creation: add a company of
 * the initiative with its role, change a role, remove a company (never below what the synergy's kind
 * needs, {@link ParticipantNeeds}), attach a participant's flow or detach one. Each change names the
 * version it saw (409 when the synergy was written since), is a row of the synergy's history, and
 * makes the figures computed again. For the initiative's facilitators only (through
 * {@link SynergyService#get(long)}).
 */
@Service
public class SynergyParticipation {

    private final SynergyService synergies;
    private final SynergyRepository stored;
    private final ParticipantRepository participants;
    private final SynergyPlaces places;
    private final FlowRepository flows;
    private final SynergyHistory history;
    private final AccessPolicy access;
    private final FiguresService figures;

    SynergyParticipation(
            SynergyService synergies,
            SynergyRepository stored,
            ParticipantRepository participants,
            SynergyPlaces places,
            FlowRepository flows,
            SynergyHistory history,
            AccessPolicy access,
            FiguresService figures) {
        this.synergies = synergies;
        this.stored = stored;
        this.participants = participants;
        this.places = places;
        this.flows = flows;
        this.history = history;
        this.access = access;
        this.figures = figures;
    }

    /** Adds a company of the initiative to the synergy with its role. */
    @Transactional
    public void add(SynergyId synergyId, CompanyId companyId, ParticipantRole role, int version) {
        Synergy synergy = synergies.get(synergyId);
        if (places.firstOutside(synergy.initiativeId(), List.of(companyId)).isPresent()) {
            throw refused("synergies.error.foreignCompany", companyId);
        }
        if (roleOf(synergy, companyId) != null) {
            throw refused("synergies.participants.error.already", companyId);
        }
        written(synergyId, version);
        participants.add(synergyId, companyId, role);
        history.participant(synergyId, companyId, null, role, actor());
        figures.forgetAll();
    }

    /** Gives a participant another role; refused when the synergy would lose what its kind needs. */
    @Transactional
    public void changeRole(SynergyId synergyId, CompanyId companyId, ParticipantRole role, int version) {
        Synergy synergy = synergies.get(synergyId);
        List<SynergyParticipant> before = stored.participants(synergyId);
        ParticipantRole current = roleOf(before, companyId);
        if (current == null) {
            throw notAParticipant(companyId);
        }
        if (current == role) {
            return;
        }
        List<SynergyParticipant> after = new ArrayList<>();
        for (SynergyParticipant p : before) {
            after.add(p.companyId().equals(companyId) ? new SynergyParticipant(companyId, role) : p);
        }
        keepsWhatItNeeds(synergy, before, after);
        written(synergyId, version);
        stored.setRole(synergyId, companyId, role);
        history.participant(synergyId, companyId, current, role, actor());
        figures.forgetAll();
    }

    /**
     * Removes a company from the synergy, and the flows of that company the synergy linked; refused when
     * the synergy would lose what its kind needs.
     */
    @Transactional
    public void remove(SynergyId synergyId, CompanyId companyId, int version) {
        Synergy synergy = synergies.get(synergyId);
        List<SynergyParticipant> before = stored.participants(synergyId);
        ParticipantRole current = roleOf(before, companyId);
        if (current == null) {
            throw notAParticipant(companyId);
        }
        List<SynergyParticipant> after =
                before.stream().filter(p -> !p.companyId().equals(companyId)).toList();
        keepsWhatItNeeds(synergy, before, after);
        written(synergyId, version);
        String actor = actor();
        for (FlowId flowId : synergy.flowIds()) {
            flows.findById(flowId).filter(f -> f.companyId().equals(companyId)).ifPresent(flow -> {
                participants.detach(synergyId, flowId);
                history.flow(synergyId, flow, false, actor);
            });
        }
        participants.remove(synergyId, companyId);
        history.participant(synergyId, companyId, current, null, actor);
        figures.forgetAll();
    }

    /** Links a flow of one of the participating companies to the synergy. */
    @Transactional
    public void attach(SynergyId synergyId, FlowId flowId, int version) {
        Synergy synergy = synergies.get(synergyId);
        Flow flow = flows.findById(flowId)
                .filter(f -> synergy.participantIds().contains(f.companyId()))
                .orElseThrow(() -> refused("synergies.error.foreignFlow", flowId));
        if (synergy.flowIds().contains(flowId)) {
            throw refused("synergies.flows.error.already", flowId);
        }
        written(synergyId, version);
        participants.attach(synergyId, flowId);
        history.flow(synergyId, flow, true, actor());
        figures.forgetAll();
    }

    /** Unlinks a flow from the synergy (the flow itself stays its company's). */
    @Transactional
    public void detach(SynergyId synergyId, FlowId flowId, int version) {
        Synergy synergy = synergies.get(synergyId);
        if (!synergy.flowIds().contains(flowId)) {
            throw new RefusedRequestException(HttpStatus.NOT_FOUND, "synergies.flows.error.notLinked", flowId);
        }
        Flow flow = flows.findById(flowId).orElseThrow();
        written(synergyId, version);
        participants.detach(synergyId, flowId);
        history.flow(synergyId, flow, false, actor());
        figures.forgetAll();
    }

    private void keepsWhatItNeeds(Synergy synergy, List<SynergyParticipant> before, List<SynergyParticipant> after) {
        ParticipantNeeds lost = ParticipantNeeds.lost(synergy.kind(), before, after);
        if (lost != null) {
            throw refused(lost.messageKey());
        }
    }

    private void written(SynergyId synergyId, int version) {
        if (!participants.nextVersion(synergyId, version)) {
            throw new RefusedRequestException(HttpStatus.CONFLICT, "synergies.error.stale");
        }
    }

    private ParticipantRole roleOf(Synergy synergy, CompanyId companyId) {
        return roleOf(stored.participants(synergy.id()), companyId);
    }

    private static ParticipantRole roleOf(List<SynergyParticipant> participants, CompanyId companyId) {
        return participants.stream()
                .filter(p -> p.companyId().equals(companyId))
                .map(SynergyParticipant::role)
                .findFirst()
                .orElse(null);
    }

    private String actor() {
        return access.currentUser().username();
    }

    private static RefusedRequestException notAParticipant(CompanyId companyId) {
        return new RefusedRequestException(HttpStatus.NOT_FOUND, "synergies.participants.error.notOne", companyId);
    }

    private static RefusedRequestException refused(String code, Object... arguments) {
        return new RefusedRequestException(HttpStatus.BAD_REQUEST, code, arguments);
    }
}
