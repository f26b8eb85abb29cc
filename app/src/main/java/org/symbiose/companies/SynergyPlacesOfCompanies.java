package org.symbiose.companies;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.symbiose.ids.CompanyId;
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
    public Place byId(InitiativeId id) {
        return place(initiatives.getById(id));
    }

    @Override
    public Map<CompanyId, String> companyNames(InitiativeId initiativeId) {
        return companies.namesByInitiative(initiativeId);
    }

    @Override
    public Map<CompanyId, String> activeCompanies(InitiativeId initiativeId) {
        var active = new LinkedHashMap<CompanyId, String>();
        companies.listActiveByInitiative(initiativeId).forEach(c -> active.put(c.id(), c.name()));
        return active;
    }

    @Override
    public Optional<CompanyId> firstOutside(InitiativeId initiativeId, Collection<CompanyId> companyIds) {
        return companies.firstOutside(initiativeId, companyIds);
    }

    private static Place place(Initiative initiative) {
        return new Place(initiative.id(), initiative.slug(), initiative.name());
    }
}
