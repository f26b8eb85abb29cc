package org.symbiose.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.symbiose.accounts.AccountRepository.AccountRow;
import org.symbiose.accounts.AccountRepository.AccountSummary;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * The account lists, each account with what it is attached to: the accounts' own rows, the names read
 * through {@link InitiativeDirectory} and {@link CompanyDirectory} (the tables of initiatives and
 * companies are theirs, decision 0018).
 */
@Service
public class AccountSummaries {

    private final AccountRepository accounts;
    private final InitiativeDirectory initiatives;
    private final CompanyDirectory companies;

    AccountSummaries(AccountRepository accounts, InitiativeDirectory initiatives, CompanyDirectory companies) {
        this.accounts = accounts;
        this.initiatives = initiatives;
        this.companies = companies;
    }

    /** Every account, by username; a member's scope is its company's initiative, never the company. */
    public List<AccountSummary> all() {
        Map<InitiativeId, String> initiativeNames = initiativeNames();
        var companyInitiatives = new HashMap<CompanyId, InitiativeId>();
        return accounts.listRows().stream()
                .map(row -> {
                    String scope = row.companyId() == null
                            ? null
                            : initiativeNames.get(companyInitiatives.computeIfAbsent(
                                    row.companyId(),
                                    id -> companies
                                            .byId(id)
                                            .map(CompanyDirectory.Entry::initiativeId)
                                            .orElse(null)));
                    return summary(row, scope, initiativeNames);
                })
                .toList();
    }

    /** The accounts of one initiative (its facilitators, its companies' members), with their companies. */
    public List<AccountSummary> ofInitiative(InitiativeId initiativeId) {
        Map<InitiativeId, String> initiativeNames = initiativeNames();
        Map<CompanyId, String> companyNames = companies.ofInitiative(initiativeId).stream()
                .collect(Collectors.toMap(CompanyDirectory.Entry::id, CompanyDirectory.Entry::name));
        return accounts.listRows().stream()
                .filter(row -> (row.companyId() != null && companyNames.containsKey(row.companyId()))
                        || row.initiativeIds().contains(initiativeId))
                .map(row -> summary(
                        row, row.companyId() == null ? null : companyNames.get(row.companyId()), initiativeNames))
                .toList();
    }

    private Map<InitiativeId, String> initiativeNames() {
        return initiatives.all().stream()
                .collect(Collectors.toMap(InitiativeDirectory.Entry::id, InitiativeDirectory.Entry::name));
    }

    /** The company-side scope when there is one, else the initiatives the account runs, by name. */
    private static AccountSummary summary(
            AccountRow row, String companyScope, Map<InitiativeId, String> initiativeNames) {
        String scope = companyScope;
        if (scope == null && !row.initiativeIds().isEmpty()) {
            scope = row.initiativeIds().stream()
                    .map(initiativeNames::get)
                    .filter(Objects::nonNull)
                    .sorted()
                    .collect(Collectors.joining(", "));
        }
        return new AccountSummary(row.username(), row.displayName(), row.role(), scope, row.enabled(), row.pending());
    }
}
