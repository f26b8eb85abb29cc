package org.symbiose.flows;

import java.util.List;
import java.util.Optional;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * Which company a flow belongs to and which initiative runs it, for the access rules. The companies
 * feature answers it ({@code companies.CompanyFlowOwners}): companies depend on flows, so flows ask
 * through this interface rather than call the companies' repository.
 */
public interface FlowOwners {

    /** The company of that id, empty when there is none. */
    Optional<FlowOwner> find(CompanyId companyId);

    /**
     * The ids of the initiative's companies, archived ones too, in ascending order: what the flows'
     * per-initiative queries read, since a flow knows its company, not its initiative.
     */
    List<CompanyId> companyIds(InitiativeId initiativeId);

    /** A company as the flows see it. */
    record FlowOwner(CompanyId companyId, InitiativeId initiativeId, String name) {}
}
