package org.symbiose.imports;

import java.util.Comparator;
import java.util.List;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.InitiativeId;

/**
 * An initiative's companies and flows as saved, and a fingerprint of them: a confirmation is refused
 * when the fingerprint changed since the preview (someone edited a company or a flow in between).
 */
record SavedData(List<Company> companies, List<Flow> flows, long fingerprint) {

    static SavedData read(CompanyRepository companies, FlowRepository flows, InitiativeId initiativeId) {
        List<Company> savedCompanies = companies.listByInitiative(initiativeId);
        List<Flow> savedFlows = flows.listByInitiative(initiativeId);
        long hash = 1;
        for (Company company : savedCompanies.stream()
                .sorted(Comparator.comparingLong(c -> c.id().value()))
                .toList()) {
            hash = 1_000_003L * hash + company.hashCode();
        }
        for (Flow flow : savedFlows) { // by company then id
            hash = 1_000_003L * hash + flow.hashCode();
        }
        hash = 31 * hash + savedCompanies.size();
        hash = 31 * hash + savedFlows.size();
        return new SavedData(savedCompanies, savedFlows, hash);
    }
}
