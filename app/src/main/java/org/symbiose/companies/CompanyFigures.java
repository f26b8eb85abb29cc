package org.symbiose.companies;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.symbiose.impacts.CompanyRecords;

/** How many companies an initiative keeps, archived ones left out, for the computed figures (docs/methodology.md). */
@Component
class CompanyFigures implements CompanyRecords {

    private final CompanyRepository companies;

    CompanyFigures(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    public long count(long initiativeId) {
        return companies.count(initiativeId);
    }

    @Override
    public long countMembers(long initiativeId) {
        return companies.countMembers(initiativeId);
    }

    @Override
    public Set<Long> activeIds(long initiativeId) {
        return companies.activeIds(initiativeId);
    }
}
