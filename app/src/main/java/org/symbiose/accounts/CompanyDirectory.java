package org.symbiose.accounts;

import java.util.List;
import java.util.Optional;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * The companies a member account can belong to, as the companies feature publishes them; implemented
 * there, since companies depend on accounts for {@link AccessPolicy} (see {@link InitiativeDirectory}).
 */
public interface CompanyDirectory {

    /** A company as a member's scope: its id, initiative and name. */
    record Entry(CompanyId id, InitiativeId initiativeId, String name) {}

    /** The companies of one initiative, by name. */
    List<Entry> ofInitiative(InitiativeId initiativeId);

    /** Empty for an id no company has. */
    Optional<Entry> byId(CompanyId id);
}
