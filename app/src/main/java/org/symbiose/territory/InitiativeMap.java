package org.symbiose.territory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyFile;
import org.symbiose.companies.CompanyService;
import org.symbiose.companies.Site;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.engine.nomenclature.Commune;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.initiatives.BusinessPark;
import org.symbiose.initiatives.Initiative;
import org.symbiose.opportunities.OpportunityService;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyRepository;

/**
 * The initiative's map for its facilitators: companies at their first site, business parks at their
 * commune, synergies between their participants, and the engine's mutualisation groups. A company without
 * a located site is counted, not drawn.
 */
@Service
class InitiativeMap {

    private static final CommuneCatalogue COMMUNES = CommuneCatalogue.load();

    private final CompanyService companies;
    private final SynergyRepository synergies;
    private final OpportunityService opportunities;
    private final MessageSource messages;

    InitiativeMap(
            CompanyService companies,
            SynergyRepository synergies,
            OpportunityService opportunities,
            MessageSource messages) {
        this.companies = companies;
        this.synergies = synergies;
        this.opportunities = opportunities;
        this.messages = messages;
    }

    /** Every layer; the companies' access check refuses anyone but the initiative's facilitators. */
    MapLayers of(Initiative initiative, Locale locale) {
        long id = initiative.id().value();
        List<CompanyFile> files = companies.listActiveFiles(id);
        Map<Long, GeoPoint> placeById = new HashMap<>();
        Map<String, GeoPoint> placeByActor = new HashMap<>();
        List<MapLayers.CompanyMark> marks = new ArrayList<>();
        int unlocated = 0;
        for (CompanyFile file : files) {
            Company company = file.company();
            Optional<GeoPoint> place = place(company);
            if (place.isEmpty()) {
                unlocated++;
                continue;
            }
            placeById.put(company.id().value(), place.get());
            placeByActor.put(OpportunityService.actorId(company), place.get());
            String section = Sectors.section(company.naf()).orElse("?");
            marks.add(new MapLayers.CompanyMark(
                    company.id().value(),
                    company.name(),
                    section,
                    messages.getMessage(Sectors.key(company.naf()), null, locale),
                    place.get()));
        }
        return new MapLayers(
                marks,
                parks(initiative, files),
                synergyLinks(id, placeById, locale),
                groups(id, placeByActor, locale),
                unlocated);
    }

    private static List<MapLayers.Park> parks(Initiative initiative, List<CompanyFile> files) {
        List<MapLayers.Park> parks = new ArrayList<>();
        for (BusinessPark park : initiative.territory().parks()) {
            Optional<Commune> commune =
                    park.communeInsee() == null ? Optional.empty() : COMMUNES.find(park.communeInsee());
            if (commune.isEmpty()) {
                continue;
            }
            long established = files.stream()
                    .filter(f ->
                            f.company().zone() != null && f.company().zone().equalsIgnoreCase(park.name()))
                    .count();
            parks.add(new MapLayers.Park(
                    park.name(),
                    commune.get().name(),
                    established,
                    commune.get().location()));
        }
        return parks;
    }

    private List<MapLayers.Link> synergyLinks(long initiativeId, Map<Long, GeoPoint> places, Locale locale) {
        List<MapLayers.Link> links = new ArrayList<>();
        for (Synergy synergy : synergies.listByInitiative(initiativeId)) {
            List<GeoPoint> points = synergy.participantIds().stream()
                    .map(places::get)
                    .filter(Objects::nonNull)
                    .toList();
            if (points.size() >= 2) {
                String status = synergy.status().name();
                links.add(new MapLayers.Link(
                        synergy.title(),
                        status,
                        messages.getMessage("territory.status." + status, null, locale),
                        points));
            }
        }
        return links;
    }

    private List<MapLayers.Link> groups(long initiativeId, Map<String, GeoPoint> places, Locale locale) {
        List<MapLayers.Link> groups = new ArrayList<>();
        for (Mutualisation group : opportunities.mutualisations(initiativeId, MatchOptions.defaults())) {
            List<GeoPoint> points = group.actors().stream()
                    .map(places::get)
                    .filter(Objects::nonNull)
                    .toList();
            if (points.size() >= 2) {
                String theme = "en".equals(locale.getLanguage()) ? group.themeEn() : group.theme();
                groups.add(new MapLayers.Link(theme, group.themeId(), theme, points));
            }
        }
        return groups;
    }

    /** A company's first site: its coordinates, else its commune's centre. */
    private static Optional<GeoPoint> place(Company company) {
        for (Site site : company.sites()) {
            if (site.point() != null) {
                return Optional.of(site.point());
            }
            if (site.communeInsee() != null) {
                Optional<GeoPoint> centre = COMMUNES.find(site.communeInsee()).map(Commune::location);
                if (centre.isPresent()) {
                    return centre;
                }
            }
        }
        return Optional.empty();
    }
}
