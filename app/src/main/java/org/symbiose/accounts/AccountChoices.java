package org.symbiose.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * What a new account can be attached to: initiatives and companies, read through the directories the
 * features that own them implement ({@link InitiativeDirectory}, {@link CompanyDirectory}), so that
 * accounts neither depend on those features nor read their tables.
 */
@Component
class AccountChoices {

    /** An option of a select: the number the form sends back (checked there) and the label shown. */
    record Choice(long id, String label) {}

    private final InitiativeDirectory initiatives;
    private final CompanyDirectory companies;

    AccountChoices(InitiativeDirectory initiatives, CompanyDirectory companies) {
        this.initiatives = initiatives;
        this.companies = companies;
    }

    List<Choice> initiatives() {
        return initiatives.all().stream()
                .map(i -> new Choice(i.id().value(), i.name()))
                .toList();
    }

    /** The companies of one initiative, for its facilitators' invitations of members. */
    List<Choice> companiesOf(InitiativeId initiativeId) {
        return companies.ofInitiative(initiativeId).stream()
                .map(c -> new Choice(c.id().value(), c.name()))
                .toList();
    }

    /** An initiative by its slug: its id, slug and name. */
    Optional<InitiativeDirectory.Entry> initiative(String slug) {
        return initiatives.bySlug(slug);
    }

    String slugOf(InitiativeId initiativeId) {
        return initiatives
                .byId(initiativeId)
                .orElseThrow(() -> new AccountNotFoundException(String.valueOf(initiativeId)))
                .slug();
    }

    Optional<InitiativeId> initiativeOfCompany(CompanyId companyId) {
        return companies.byId(companyId).map(CompanyDirectory.Entry::initiativeId);
    }

    /** Whether a form's number names an initiative. */
    boolean isInitiative(Long id) {
        return id != null && id > 0 && initiatives.byId(new InitiativeId(id)).isPresent();
    }

    /** Whether a form's number names a company. */
    boolean isCompany(Long id) {
        return id != null && id > 0 && companies.byId(new CompanyId(id)).isPresent();
    }
}
