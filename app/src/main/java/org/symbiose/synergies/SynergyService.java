package org.symbiose.synergies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.impacts.FiguresService;

/** Every change to an initiative's synergies goes through here: access, then the write, then the figures. */
@Service
public class SynergyService {

    private final SynergyRepository synergies;
    private final AccessPolicy access;
    private final FiguresService figures;
    private final Clock clock;

    SynergyService(SynergyRepository synergies, AccessPolicy access, FiguresService figures, Clock clock) {
        this.synergies = synergies;
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
    public long retain(ProposedSynergy proposal) {
        access.requireManageCompanies(proposal.initiativeId());
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
        if (proposal.quantity() != null) {
            synergy = synergy.recordResults(proposal.quantity(), proposal.unit(), proposal.period(), null, null);
        }
        int position = (int) synergies.count(proposal.initiativeId()) + 1;
        long id = synergies.insert(synergy, position).id();
        synergies.markProposal(id, proposal.proposalKey());
        for (ProposedSynergy.Participant participant : proposal.participants()) {
            synergies.setRole(id, participant.companyId(), participant.role());
        }
        figures.forgetAll();
        return id;
    }

    /** Keys of the proposals already retained in the initiative, whatever became of their synergy. */
    public Set<String> retainedProposalKeys(long initiativeId) {
        access.requireCompanies(initiativeId);
        return synergies.proposalKeys(initiativeId);
    }

    /** The initiative's synergies, for its facilitators. */
    public List<Synergy> list(long initiativeId) {
        access.requireCompanies(initiativeId);
        return synergies.listByInitiative(initiativeId);
    }
}
