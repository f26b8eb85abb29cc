package org.symbiose.impacts;

import java.util.Set;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * How many companies an initiative keeps on the platform, implemented by the companies feature. The
 * company-based figures are given only when there is at least one (docs/methodology.md). Archived
 * companies are not counted: they left the initiative, their history stays.
 */
public interface CompanyRecords {

    /** Companies of the initiative that are not archived. */
    long count(InitiativeId initiativeId);

    /** Companies recorded as members of the initiative's carrier, archived ones left out. */
    long countMembers(InitiativeId initiativeId);

    /**
     * Ids of the initiative's companies that are not archived: the companies engaged are counted among
     * them only, whatever the other features' records say.
     */
    Set<CompanyId> activeIds(InitiativeId initiativeId);
}
