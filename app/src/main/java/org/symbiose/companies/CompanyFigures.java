package org.symbiose.companies;

import org.springframework.stereotype.Component;
import org.symbiose.impacts.CompanyRecords;

/** How many companies an initiative keeps, for the computed figures (docs/methodology.md). */
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
}
