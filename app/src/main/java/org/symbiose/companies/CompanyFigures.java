package org.symbiose.companies;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.CompanyRecords;

/** How many companies an initiative keeps, archived ones left out, for the computed figures (docs/methodology.md). */
@Component
class CompanyFigures implements CompanyRecords {

    private final CompanyRepository companies;

    CompanyFigures(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    public long count(InitiativeId initiativeId) {
        return companies.count(initiativeId);
    }

    @Override
    public long countMembers(InitiativeId initiativeId) {
        return companies.countMembers(initiativeId);
    }

    @Override
    public Set<CompanyId> activeIds(InitiativeId initiativeId) {
        return companies.activeIds(initiativeId);
    }
}
