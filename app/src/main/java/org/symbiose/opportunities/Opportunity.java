package org.symbiose.opportunities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.matching.Candidate;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.engine.matching.Substitution;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;

/**
 * One proposal of a kept run, without its sentences (read for the rows shown only, see
 * {@link KeptResult#explained}): what the list filters, pages and retains by.
 *
 * @param index the candidate's place in the engine's result (0 for the best)
 * @param key the stable key ({@link ProposalKeys})
 * @param families the resource families (flow categories) of the flows concerned
 * @param companies the companies concerned, by the engine's ids: supplier and receiver, or the members
 */
record Opportunity(
        int index,
        String key,
        Candidate candidate,
        Set<FlowCategory> families,
        List<String> companies,
        List<CompanyId> companyIds,
        List<FlowId> flowIds) {

    static Opportunity of(int index, Candidate candidate, Directory directory) {
        Set<FlowCategory> families = new LinkedHashSet<>();
        List<String> companies = new ArrayList<>();
        List<String> flows = new ArrayList<>();
        String key = null;
        if (candidate instanceof Substitution s) {
            companies.add(s.supplyActor());
            companies.add(s.demandActor());
            flows.add(s.supplyFlow());
            if (s.demandFlow() != null) {
                flows.add(s.demandFlow());
            }
            FlowId supplyFlow = directory.platformFlowId(s.supplyFlow());
            CompanyId receiver = directory.companyId(s.demandActor());
            if (supplyFlow != null && receiver != null) {
                key = ProposalKeys.substitution(
                        supplyFlow, receiver, s.pathway().id());
            }
        } else if (candidate instanceof Mutualisation m) {
            companies.addAll(m.actors().stream().distinct().toList());
            flows.addAll(m.flows());
        }
        flows.stream().map(directory::category).filter(c -> c != null).forEach(families::add);
        List<CompanyId> companyIds = companies.stream()
                .map(directory::companyId)
                .filter(id -> id != null)
                .distinct()
                .toList();
        List<FlowId> flowIds = flows.stream()
                .map(directory::platformFlowId)
                .filter(id -> id != null)
                .distinct()
                .toList();
        if (candidate instanceof Mutualisation m && companyIds.size() == companies.size()) {
            key = ProposalKeys.mutualisation(m.themeId(), companyIds);
        }
        return new Opportunity(
                index, key, candidate, Set.copyOf(families), List.copyOf(companies), companyIds, flowIds);
    }

    boolean substitution() {
        return candidate instanceof Substitution;
    }

    /** How the receiver was found: "declared" (a need it declared) or "activity" (its activity uses the family). */
    String found() {
        return candidate instanceof Substitution s ? (s.isProspective() ? "activity" : "declared") : null;
    }

    String pathwayId() {
        return candidate instanceof Substitution s ? s.pathway().id() : null;
    }
}
