package org.symbiose.synergies;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What the synergy pages and API need of the initiatives and companies features: an initiative's
 * identity, its companies' names. Implemented by those features (they depend on synergies, through the
 * initiative's API and the reports, so synergies may not depend on them: ArchitectureTest).
 */
public interface SynergyPlaces {

    /** An initiative as the pages name it. */
    record Place(long id, String slug, String name) {}

    /** The initiative with that slug; its feature's 404 when there is none. */
    Place bySlug(String slug);

    /** The initiative with that id; its feature's 404 when there is none (ids of 0 or less too). */
    Place byId(long id);

    /** The names of the initiative's companies by id, archived ones too. */
    Map<Long, String> companyNames(long initiativeId);

    /** The initiative's active companies, in French alphabetical order: those a new synergy may name. */
    Map<Long, String> activeCompanies(long initiativeId);

    /** The first of {@code companyIds} that is not a company of the initiative: what a form must refuse. */
    Optional<Long> firstOutside(long initiativeId, Collection<Long> companyIds);
}
