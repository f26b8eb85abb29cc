package org.symbiose.flows;

import java.util.List;
import java.util.Optional;

/**
 * Which company a flow belongs to and which initiative runs it, for the access rules. The companies
 * feature answers it ({@code companies.CompanyFlowOwners}): companies depend on flows, so flows ask
 * through this interface rather than call the companies' repository.
 */
public interface FlowOwners {

    /** The company of that id, empty when there is none. */
    Optional<FlowOwner> find(long companyId);

    /**
     * The ids of the initiative's companies, archived ones too, in ascending order: what the flows'
     * per-initiative queries read, since a flow knows its company, not its initiative.
     */
    List<Long> companyIds(long initiativeId);

    /** A company as the flows see it. */
    record FlowOwner(long companyId, long initiativeId, String name) {}
}
