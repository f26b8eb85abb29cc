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
    public List<Entry> ofInitiative(long initiativeId) {
        return companies.listByInitiative(new InitiativeId(initiativeId)).stream()
                .map(AccountCompanies::entry)
                .toList();
    }

    @Override
    public Optional<Entry> byId(long id) {
        return id <= 0
                ? Optional.empty()
                : companies.findById(new CompanyId(id)).map(AccountCompanies::entry);
    }

    private static Entry entry(Company company) {
        return new Entry(company.id().value(), company.initiativeId().value(), company.name());
    }
}
