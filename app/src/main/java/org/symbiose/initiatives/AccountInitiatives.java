package org.symbiose.initiatives;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.symbiose.accounts.InitiativeDirectory;
import org.symbiose.ids.InitiativeId;

/** The initiatives as the accounts feature sees them: the scopes of facilitators' accounts. */
@Component
class AccountInitiatives implements InitiativeDirectory {

    private final InitiativeRepository initiatives;

    AccountInitiatives(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public List<Entry> all() {
        return initiatives.listAll().stream().map(AccountInitiatives::entry).toList();
    }

    @Override
    public Optional<Entry> bySlug(String slug) {
        return initiatives.findBySlug(slug).map(AccountInitiatives::entry);
    }

    @Override
    public Optional<Entry> byId(InitiativeId id) {
        return initiatives.findById(id).map(AccountInitiatives::entry);
    }

    private static Entry entry(Initiative initiative) {
        return new Entry(initiative.id(), initiative.slug(), initiative.name());
    }
}
