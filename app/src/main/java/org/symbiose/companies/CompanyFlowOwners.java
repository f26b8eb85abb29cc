package org.symbiose.companies;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.symbiose.flows.FlowOwners;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/** Tells the flows feature which initiative a company belongs to (flows may not depend on companies). */
@Component
class CompanyFlowOwners implements FlowOwners {

    private final CompanyRepository companies;

    CompanyFlowOwners(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    public Optional<FlowOwner> find(CompanyId companyId) {
        return companies.findById(companyId).map(c -> new FlowOwner(companyId, c.initiativeId(), c.name()));
    }

    @Override
    public List<CompanyId> companyIds(InitiativeId initiativeId) {
        return companies.ids(initiativeId);
    }
}
