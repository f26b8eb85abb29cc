package org.symbiose.opportunities;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.engine.matching.Substitution;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.synergies.ParticipantRole;
import org.symbiose.synergies.ProposedSynergy;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.synergies.SynergyService;
import org.symbiose.synergies.SynergySubType;
import org.symbiose.web.InvalidParameterException;
import org.symbiose.web.RefusedRequestException;

/**
 * What a facilitator does with the kept proposals: retain one as a synergy "en perspective" (through the
 * synergies' published contract), dismiss one with a reason, restore a dismissed one. A proposal retained
 * or dismissed is no longer offered, whatever the reruns (its key, {@link ProposalKeys}).
 */
@Service
class OpportunityWorkflow {

    static final int MAX_REASON = 500;

    private final MatchRuns runs;
    private final DismissalRepository dismissals;
    private final SynergyService synergies;
    private final AccessPolicy access;
    private final Clock clock;

    OpportunityWorkflow(
            MatchRuns runs,
            DismissalRepository dismissals,
            SynergyService synergies,
            AccessPolicy access,
            Clock clock) {
        this.runs = runs;
        this.dismissals = dismissals;
        this.synergies = synergies;
        this.access = access;
        this.clock = clock;
    }

    /** Keys of the proposals no longer offered in the initiative: retained or dismissed. */
    Set<String> excluded(InitiativeId initiativeId) {
        Set<String> keys = new HashSet<>(synergies.retainedProposalKeys(initiativeId));
        keys.addAll(dismissals.keys(initiativeId));
        return keys;
    }

    List<Dismissal> dismissed(InitiativeId initiativeId) {
        access.requireCompanies(initiativeId);
        return dismissals.list(initiativeId);
    }

    /** Retains a proposal of the kept result as a synergy; answers its id. */
    SynergyId retain(InitiativeId initiativeId, String key) {
        access.requireManageCompanies(initiativeId);
        Opportunity opportunity = offered(initiativeId, key);
        return synergies.retain(proposed(
                initiativeId, opportunity, runs.kept(initiativeId).orElseThrow().directory()));
    }

    /**
     * Dismisses a proposal of the kept result with a reason from the list, and words (required for
     * {@link DismissalReason#OTHER}, at most {@link #MAX_REASON} characters).
     */
    void dismiss(InitiativeId initiativeId, String key, DismissalReason code, String reason) {
        access.requireManageCompanies(initiativeId);
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (code == DismissalReason.OTHER && text == null) {
            throw new InvalidParameterException("reason", "opportunities.reason.required");
        }
        if (text != null && text.length() > MAX_REASON) {
            throw new InvalidParameterException("reason", "opportunities.reason.long", MAX_REASON);
        }
        Opportunity opportunity = offered(initiativeId, key);
        Directory directory = runs.kept(initiativeId).orElseThrow().directory();
        dismissals.insert(new Dismissal(
                initiativeId,
                key,
                title(opportunity, directory),
                code,
                text,
                access.currentUser().username(),
                clock.instant()));
    }

    /** Offers a dismissed proposal again. */
    void restore(InitiativeId initiativeId, String key) {
        access.requireManageCompanies(initiativeId);
        if (key == null || !dismissals.delete(initiativeId, key)) {
            throw new RefusedRequestException(HttpStatus.NOT_FOUND, "opportunities.unknownProposal");
        }
    }

    private Opportunity offered(InitiativeId initiativeId, String key) {
        if (!ProposalKeys.plausible(key)) {
            throw new InvalidParameterException("key", "opportunities.parameter.key");
        }
        return runs.kept(initiativeId)
                .flatMap(kept -> kept.find(key))
                .filter(o -> !excluded(initiativeId).contains(key))
                .orElseThrow(() -> new RefusedRequestException(HttpStatus.NOT_FOUND, "opportunities.unknownProposal"));
    }

    static ProposedSynergy proposed(InitiativeId initiativeId, Opportunity opportunity, Directory directory) {
        String title = title(opportunity, directory);
        if (opportunity.candidate() instanceof Substitution s) {
            List<ProposedSynergy.Participant> participants = List.of(
                    new ProposedSynergy.Participant(directory.companyId(s.supplyActor()), ParticipantRole.SUPPLIER),
                    new ProposedSynergy.Participant(directory.companyId(s.demandActor()), ParticipantRole.RECEIVER));
            Unit unit = null;
            Period period = null;
            BigDecimal quantity = null;
            if (s.quantityValue() != null
                    && s.quantityUnit() != null
                    && s.quantityUnit().endsWith("/year")) {
                try {
                    unit = Unit.parse(
                            s.quantityUnit().substring(0, s.quantityUnit().length() - "/year".length()));
                    period = Period.YEAR;
                    quantity = BigDecimal.valueOf(s.quantityValue());
                } catch (IllegalArgumentException e) {
                    quantity = null; // a unit the platform does not know: the synergy is retained without it
                }
            }
            return new ProposedSynergy(
                    initiativeId,
                    opportunity.key(),
                    SynergyKind.SUBSTITUTION,
                    subType(directory.category(s.supplyFlow())),
                    title,
                    s.pathway().labelFr() + "\n" + String.join("\n", s.reasonsFr()),
                    participants,
                    opportunity.flowIds(),
                    quantity,
                    quantity == null ? null : unit,
                    quantity == null ? null : period);
        }
        Mutualisation m = (Mutualisation) opportunity.candidate();
        return new ProposedSynergy(
                initiativeId,
                opportunity.key(),
                SynergyKind.MUTUALISATION,
                m.themeId().endsWith("-purchase")
                        ? SynergySubType.GROUP_PURCHASING
                        : m.themeId().endsWith("-collection")
                                ? SynergySubType.SHARED_COLLECTION
                                : SynergySubType.SHARED_SERVICE,
                title,
                String.join("\n", m.reasonsFr()),
                opportunity.companyIds().stream()
                        .map(id -> new ProposedSynergy.Participant(id, ParticipantRole.PARTNER))
                        .toList(),
                opportunity.flowIds(),
                null,
                null,
                null);
    }

    /** The proposal in words, as a synergy's title and a dismissal's summary. */
    static String title(Opportunity opportunity, Directory directory) {
        String title;
        if (opportunity.candidate() instanceof Substitution s) {
            title = directory.flow(s.supplyFlow()) + "\u00a0: " + directory.company(s.supplyActor()) + " → "
                    + directory.company(s.demandActor());
        } else {
            Mutualisation m = (Mutualisation) opportunity.candidate();
            String theme = m.theme().isEmpty()
                    ? m.themeId()
                    : Character.toUpperCase(m.theme().charAt(0)) + m.theme().substring(1);
            title = theme + " (" + m.actors().stream().distinct().count() + " entreprises)";
        }
        return title.length() > 300 ? title.substring(0, 299) + "…" : title;
    }

    private static SynergySubType subType(FlowCategory category) {
        if (category == FlowCategory.WATER) {
            return SynergySubType.WATER;
        }
        return category == FlowCategory.ENERGY || category == FlowCategory.HEAT
                ? SynergySubType.ENERGY
                : SynergySubType.MATERIAL;
    }
}
