package org.symbiose.synergies;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * What the synergy pages and API need of the initiatives and companies features: an initiative's
 * identity, its companies' names. Implemented by those features (they depend on synergies, through the
 * initiative's API and the reports, so synergies may not depend on them: ArchitectureTest).
 */
public interface SynergyPlaces {

    /** An initiative as the pages name it. */
    record Place(InitiativeId id, String slug, String name) {}

    /** The initiative with that slug; its feature's 404 when there is none. */
    Place bySlug(String slug);

    /** The initiative with that id; its feature's 404 when there is none. */
    Place byId(InitiativeId id);

    /** The names of the initiative's companies by id, archived ones too. */
    Map<CompanyId, String> companyNames(InitiativeId initiativeId);

    /** The initiative's active companies, in French alphabetical order: those a new synergy may name. */
    Map<CompanyId, String> activeCompanies(InitiativeId initiativeId);

    /** The first of {@code companyIds} that is not a company of the initiative: what a form must refuse. */
    Optional<CompanyId> firstOutside(InitiativeId initiativeId, Collection<CompanyId> companyIds);
}
