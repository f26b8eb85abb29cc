package org.symbiose.accounts;

import java.util.List;
import java.util.Optional;
import org.symbiose.ids.InitiativeId;

/**
 * The initiatives an account can be attached to, as the initiatives feature publishes them. Accounts
 * cannot call that feature (it asks {@link AccessPolicy} who may edit a sheet): the initiatives
 * feature implements this interface instead (docs/decisions/0018-features-publish-their-queries.md).
 */
public interface InitiativeDirectory {

    /** An initiative as an account's scope: its id, slug and name. */
    record Entry(InitiativeId id, String slug, String name) {}

    /** Every initiative, by name. */
    List<Entry> all();

    Optional<Entry> bySlug(String slug);

    /** Empty for an id no initiative has. */
    Optional<Entry> byId(InitiativeId id);
}
