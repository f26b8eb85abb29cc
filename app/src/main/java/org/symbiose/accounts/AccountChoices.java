package org.symbiose.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a new account can be attached to: initiatives and companies, read through the directories the
 * features that own them implement ({@link InitiativeDirectory}, {@link CompanyDirectory}), so that
 * accounts neither depend on those features nor read their tables.
 */
@Component
class AccountChoices {

    /** An option of a select: its id and the label shown. */
    record Choice(long id, String label) {}

    private final InitiativeDirectory initiatives;
    private final CompanyDirectory companies;

    AccountChoices(InitiativeDirectory initiatives, CompanyDirectory companies) {
        this.initiatives = initiatives;
        this.companies = companies;
    }

    List<Choice> initiatives() {
        return initiatives.all().stream().map(i -> new Choice(i.id(), i.name())).toList();
    }

    /** The companies of one initiative, for its facilitators' invitations of members. */
    List<Choice> companiesOf(long initiativeId) {
        return companies.ofInitiative(initiativeId).stream()
                .map(c -> new Choice(c.id(), c.name()))
                .toList();
    }

    /** An initiative by its slug: its id and name. */
    Optional<Choice> initiative(String slug) {
        return initiatives.bySlug(slug).map(i -> new Choice(i.id(), i.name()));
    }

    String slugOf(long initiativeId) {
        return initiatives
                .byId(initiativeId)
                .orElseThrow(() -> new AccountNotFoundException(String.valueOf(initiativeId)))
                .slug();
    }

    Optional<Long> initiativeOfCompany(long companyId) {
        return companies.byId(companyId).map(CompanyDirectory.Entry::initiativeId);
    }

    boolean isInitiative(Long id) {
        return id != null && initiatives.byId(id).isPresent();
    }

    boolean isCompany(Long id) {
        return id != null && companies.byId(id).isPresent();
    }
}
