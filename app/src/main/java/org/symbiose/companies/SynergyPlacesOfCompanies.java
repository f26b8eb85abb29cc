package org.symbiose.companies;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.synergies.SynergyPlaces;

/**
 * The initiatives and their companies as the synergies feature asks for them ({@link SynergyPlaces}):
 * synergies may not depend on initiatives or companies, which depend on it (companies already reads
 * initiatives).
 */
@Component
class SynergyPlacesOfCompanies implements SynergyPlaces {

    private final InitiativeRepository initiatives;
    private final CompanyRepository companies;

    SynergyPlacesOfCompanies(InitiativeRepository initiatives, CompanyRepository companies) {
        this.initiatives = initiatives;
        this.companies = companies;
    }

    @Override
    public Place bySlug(String slug) {
        return place(initiatives.getBySlug(slug));
    }

    @Override
    public Place byId(long id) {
        return place(initiatives.getById(InitiativeId.fromPath(id)));
    }

    @Override
    public Map<Long, String> companyNames(long initiativeId) {
        return companies.namesByInitiative(initiativeId);
    }

    @Override
    public Map<Long, String> activeCompanies(long initiativeId) {
        var active = new LinkedHashMap<Long, String>();
        companies.listActiveByInitiative(initiativeId).forEach(c -> active.put(c.id().value(), c.name()));
        return active;
    }

    @Override
    public Optional<Long> firstOutside(long initiativeId, Collection<Long> companyIds) {
        return companies.firstOutside(initiativeId, companyIds);
    }

    private static Place place(Initiative initiative) {
        return new Place(initiative.id().value(), initiative.slug(), initiative.name());
    }
}
