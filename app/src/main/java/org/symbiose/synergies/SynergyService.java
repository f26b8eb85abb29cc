package org.symbiose.synergies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.web.RefusedRequestException;

/**
 * Every change to an initiative's synergies goes through here: access (the initiative's facilitators),
 * then the write at the version the user saw, its history row, then the figures forgotten.
 */
@Service
public class SynergyService {

    private final SynergyRepository synergies;
    private final FollowUpRepository followUps;
    private final SynergyHistory history;
    private final AccessPolicy access;
    private final FiguresService figures;
    private final Clock clock;

    SynergyService(
            SynergyRepository synergies,
            FollowUpRepository followUps,
            SynergyHistory history,
            AccessPolicy access,
            FiguresService figures,
            Clock clock) {
        this.synergies = synergies;
        this.followUps = followUps;
        this.history = history;
        this.access = access;
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * Retains a proposal as a synergy "en perspective", for the initiative's facilitators only.
     *
     * @return the new synergy's id
     */
    @Transactional
    public SynergyId retain(ProposedSynergy proposal) {
        access.requireManageSynergies(proposal.initiativeId());
        Synergy synergy = Synergy.identify(
                        proposal.initiativeId(),
                        null,
                        proposal.title(),
                        proposal.description(),
                        proposal.kind(),
                        proposal.subType(),
                        LocalDate.now(clock))
                .withParticipants(
                        null,
                        proposal.participants().stream()
                                .map(ProposedSynergy.Participant::companyId)
                                .distinct()
                                .toList(),
                        proposal.flowIds().stream().distinct().toList());
        SynergyId id = insert(synergy);
        if (proposal.quantity() != null) {
            // What the engine proposes is an aim, not a measurement: it must not count as realised later.
            followUps.plan(id, new SynergyQuantity(proposal.quantity(), proposal.unit(), proposal.period()));
        }
        synergies.markProposal(id, proposal.proposalKey());
        for (ProposedSynergy.Participant participant : proposal.participants()) {
            synergies.setRole(id, participant.companyId(), participant.role());
        }
        history.created(id, actor(), true);
        figures.forgetAll();
        return id;
    }

    /**
     * Creates a synergy by hand (one found in a workshop), "en perspective", with its participants'
     * roles and its follow-up. The caller has checked that companies and flows are the initiative's.
     *
     * @return the new synergy's id
     */
    @Transactional
    public SynergyId create(Synergy draft, List<SynergyParticipant> participants, SynergyEdit followUp) {
        access.requireManageSynergies(draft.initiativeId());
        Synergy synergy = draft.withParticipants(
                null,
                participants.stream()
                        .map(SynergyParticipant::companyId)
                        .distinct()
                        .toList(),
                draft.flowIds().stream().distinct().toList());
        SynergyId id = insert(synergy);
        for (SynergyParticipant participant : participants) {
            synergies.setRole(id, participant.companyId(), participant.role());
        }
        followUps.initial(id, followUp);
        history.created(id, actor(), false);
        figures.forgetAll();
        return id;
    }

    /** Keys of the proposals already retained in the initiative, whatever became of their synergy. */
    public Set<String> retainedProposalKeys(InitiativeId initiativeId) {
        access.requireCompanies(initiativeId);
        return synergies.proposalKeys(initiativeId);
    }

    /** The initiative's synergies, for its facilitators. */
    public List<Synergy> list(InitiativeId initiativeId) {
        access.requireCompanies(initiativeId);
        return synergies.listByInitiative(initiativeId);
    }

    /** One synergy, for its initiative's facilitators: 404 for an unknown id, then 403. */
    public Synergy get(SynergyId id) {
        Synergy synergy = synergies
                .find(id)
                .orElseThrow(() ->
                        new RefusedRequestException(HttpStatus.NOT_FOUND, "synergies.error.notFound", id.value()));
        access.requireManageSynergies(synergy.initiativeId());
        return synergy;
    }

    /** One synergy of an initiative: 404 when it is another initiative's. */
    public Synergy get(InitiativeId initiativeId, SynergyId id) {
        access.requireManageSynergies(initiativeId);
        return synergies
                .find(id)
                .filter(s -> s.initiativeId().equals(initiativeId))
                .orElseThrow(() ->
                        new RefusedRequestException(HttpStatus.NOT_FOUND, "synergies.error.notFound", id.value()));
    }

    public FollowUp followUp(Synergy synergy) {
        return followUps.of(synergy.id()).orElseThrow();
    }

    public Map<SynergyId, FollowUp> followUps(InitiativeId initiativeId) {
        access.requireManageSynergies(initiativeId);
        return followUps.byInitiative(initiativeId);
    }

    public Map<SynergyId, List<SynergyParticipant>> participants(InitiativeId initiativeId) {
        access.requireManageSynergies(initiativeId);
        return synergies.participantsByInitiative(initiativeId);
    }

    public List<SynergyParticipant> participantsOf(Synergy synergy) {
        return synergies.participants(synergy.id());
    }

    public List<SynergyChange> history(Synergy synergy) {
        return history.of(synergy.id());
    }

    /**
     * A quantity as a history row records it ({@link SynergyChange}: "12.5 TONNE YEAR"), for the
     * readers of {@link SynergyRepository#changesByInitiative}; null for null.
     */
    public static SynergyQuantity quantityOf(String recorded) {
        return SynergyHistory.quantity(recorded);
    }

    /** The statuses the synergy may be moved to now: what its board card and page offer. */
    public List<SynergyStatus> legalMoves(Synergy synergy) {
        return Moves.legal(synergy);
    }

    /**
     * Moves a synergy to {@code target} as the user saw it at {@code version}. Refused (400, with the
     * life cycle's reason) when the move is not allowed, (409) when the synergy was written since.
     */
    @Transactional
    public Synergy move(SynergyId id, SynergyStatus target, int version, String reason) {
        Synergy current = get(id);
        Synergy moved;
        try {
            moved = Moves.apply(current, target, reason, LocalDate.now(clock));
        } catch (IllegalTransitionException refused) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, Moves.reason(refused));
        } catch (IllegalArgumentException noReason) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.move.reasonRequired");
        }
        if (!followUps.moved(moved, version)) {
            throw stale();
        }
        history.moved(current, moved, actor());
        figures.forgetAll();
        return moved;
    }

    /** Replaces a synergy's wording and follow-up as seen at {@code version}; 409 when written since. */
    @Transactional
    public void edit(SynergyId id, SynergyEdit edit, int version) {
        Synergy current = get(id);
        SynergyEdit before = SynergyEdit.of(current, followUp(current));
        if (!followUps.edited(id, edit, version)) {
            throw stale();
        }
        history.edited(id, before, edit, actor());
        figures.forgetAll();
    }

    private SynergyId insert(Synergy synergy) {
        int position = (int) synergies.count(synergy.initiativeId()) + 1;
        return synergies.insert(synergy, position).id();
    }

    private String actor() {
        return access.currentUser().username();
    }

    private static RefusedRequestException stale() {
        return new RefusedRequestException(HttpStatus.CONFLICT, "synergies.error.stale");
    }
}
