package org.symbiose.opportunities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.companies.CompanyFile;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.flows.Flow;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;

/**
 * The companies and flows a run was computed from, found by the ids the engine answers with (exchange
 * ids, or {@code c<id>} / {@code f<id>}): their names for the page, their platform ids for retaining a
 * proposal, and each flow's category (the resource family the list filters by).
 */
record Directory(
        Map<String, String> companyNames,
        Map<String, CompanyId> companyIds,
        Map<String, String> flowLabels,
        Map<String, FlowId> flowIds,
        Map<String, FlowCategory> flowCategories) {

    static Directory of(List<CompanyFile> files) {
        Map<String, String> companyNames = new HashMap<>();
        Map<String, CompanyId> companyIds = new HashMap<>();
        Map<String, String> flowLabels = new HashMap<>();
        Map<String, FlowId> flowIds = new HashMap<>();
        Map<String, FlowCategory> categories = new HashMap<>();
        for (CompanyFile file : files) {
            var company = file.company();
            String actorId = OpportunityService.actorId(company);
            companyNames.put(actorId, company.name());
            companyIds.put(actorId, company.id());
            for (Flow flow : file.flows()) {
                String flowId = OpportunityService.flowId(flow);
                flowLabels.put(flowId, flow.label());
                if (flow.id() != null) {
                    flowIds.put(flowId, flow.id());
                }
                if (flow.category() != null) {
                    categories.put(flowId, flow.category());
                }
            }
        }
        return new Directory(
                Map.copyOf(companyNames),
                Map.copyOf(companyIds),
                Map.copyOf(flowLabels),
                Map.copyOf(flowIds),
                Map.copyOf(categories));
    }

    public String company(String actorId) {
        return companyNames.getOrDefault(actorId, actorId);
    }

    public CompanyId companyId(String actorId) {
        return companyIds.get(actorId);
    }

    public String flow(String flowId) {
        return flowId == null ? null : flowLabels.getOrDefault(flowId, flowId);
    }

    FlowId platformFlowId(String flowId) {
        return flowId == null ? null : flowIds.get(flowId);
    }

    FlowCategory category(String flowId) {
        return flowId == null ? null : flowCategories.get(flowId);
    }
}
