package org.symbiose.companies;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.symbiose.accounts.CompanyDirectory;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/** The companies as the accounts feature sees them: what a member account belongs to. */
@Component
class AccountCompanies implements CompanyDirectory {

    private final CompanyRepository companies;

    AccountCompanies(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    public List<Entry> ofInitiative(InitiativeId initiativeId) {
        return companies.listByInitiative(initiativeId).stream()
                .map(AccountCompanies::entry)
                .toList();
    }

    @Override
    public Optional<Entry> byId(CompanyId id) {
        return companies.findById(id).map(AccountCompanies::entry);
    }

    private static Entry entry(Company company) {
        return new Entry(company.id(), company.initiativeId(), company.name());
    }
}
