package org.symbiose.accounts;

import java.util.List;
import java.util.Optional;

/**
 * The companies a member account can belong to, as the companies feature publishes them; implemented
 * there, since companies depend on accounts for {@link AccessPolicy} (see {@link InitiativeDirectory}).
 */
public interface CompanyDirectory {

    /** A company as a member's scope: its id, initiative and name. */
    record Entry(long id, long initiativeId, String name) {}

    /** The companies of one initiative, by name. */
    List<Entry> ofInitiative(long initiativeId);

    /** Empty for an id no company has. */
    Optional<Entry> byId(long id);
}
