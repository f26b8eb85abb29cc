package org.symbiose.territory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyFile;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.companies.CompanyService;
import org.symbiose.companies.Site;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.engine.nomenclature.Commune;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.BusinessPark;
import org.symbiose.initiatives.Initiative;
import org.symbiose.opportunities.OpportunityService;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyRepository;

/**
 * The initiative's map for its facilitators: companies at each of their sites, business parks at their
 * commune, synergies between their participants' main sites, and the engine's mutualisation groups. A
 * company without a located site is counted, not drawn. A synergy link ends at a participant's first
 * located site (its main one): flows do not name a site, so no other site can be said to be involved.
 */
@Service
class InitiativeMap {

    private static final CommuneCatalogue COMMUNES = CommuneCatalogue.load();

    /**
     * The layers drawn from the companies, flows and synergies as they were at these stamps, and the
     * companies' zones (for the parks, drawn from the initiative as it is at each request).
     */
    private record Drawn(long generation, long companies, long flows, MapLayers layers, List<String> zones) {}

    private final CompanyService companies;
    private final SynergyRepository synergies;
    private final MapGroups mapGroups;
    private final MessageSource messages;
    private final AccessPolicy access;
    private final FiguresService figures;
    private final CompanyRepository companyStamps;
    private final FlowRepository flowStamps;
    private final Map<String, Drawn> drawn = new ConcurrentHashMap<>();

    InitiativeMap(
            CompanyService companies,
            SynergyRepository synergies,
            MapGroups mapGroups,
            MessageSource messages,
            AccessPolicy access,
            FiguresService figures,
            CompanyRepository companyStamps,
            FlowRepository flowStamps) {
        this.companies = companies;
        this.synergies = synergies;
        this.mapGroups = mapGroups;
        this.messages = messages;
        this.access = access;
        this.figures = figures;
        this.companyStamps = companyStamps;
        this.flowStamps = flowStamps;
    }

    /**
     * Every layer, for the initiative's facilitators only. The layers drawn from companies, flows and
     * synergies are kept per language while the figures' generation (every write to them forgets the
     * figures) and the companies' and flows' change stamps stay the same: at 500 companies and 5,000
     * flows, reading every company file on each request made the map the slowest page.
     */
    MapLayers of(Initiative initiative, Locale locale) {
        InitiativeId id = initiative.id();
        access.requireCompanies(id);
        // Stamps first: a write in between makes the drawing stale, never wrongly fresh.
        long generation = figures.generation();
        long companyStamp = companyStamps.changeStamp(id);
        long flowStamp = flowStamps.changeStamp(id);
        String key = id + ":" + locale.getLanguage();
        Drawn known = drawn.get(key);
        if (known == null
                || known.generation() != generation
                || known.companies() != companyStamp
                || known.flows() != flowStamp) {
            known = draw(id, locale, generation, companyStamp, flowStamp);
            drawn.put(key, known);
        }
        return known.layers().withParks(parks(initiative, known.zones()));
    }

    private Drawn draw(InitiativeId id, Locale locale, long generation, long companyStamp, long flowStamp) {
        List<CompanyFile> files = companies.listActiveFiles(id);
        Map<CompanyId, GeoPoint> placeById = new HashMap<>();
        Map<String, GeoPoint> placeByActor = new HashMap<>();
        List<MapLayers.CompanyMark> marks = new ArrayList<>();
        int unlocated = 0;
        for (CompanyFile file : files) {
            Company company = file.company();
            List<MapLayers.SitePlace> sites = places(company);
            if (sites.isEmpty()) {
                unlocated++;
                continue;
            }
            GeoPoint main = sites.get(0).point();
            placeById.put(company.id(), main);
            placeByActor.put(OpportunityService.actorId(company), main);
            String section = Sectors.section(company.naf()).orElse("?");
            marks.add(new MapLayers.CompanyMark(
                    company.id().value(),
                    company.name(),
                    section,
                    messages.getMessage(Sectors.key(company.naf()), null, locale),
                    sites));
        }
        MapLayers layers = new MapLayers(
                marks, List.of(), synergyLinks(id, placeById, locale), groups(id, placeByActor, locale), unlocated);
        List<String> zones = files.stream()
                .map(f -> f.company().zone())
                .filter(Objects::nonNull)
                .toList();
        return new Drawn(generation, companyStamp, flowStamp, layers, zones);
    }

    private static List<MapLayers.Park> parks(Initiative initiative, List<String> zones) {
        List<MapLayers.Park> parks = new ArrayList<>();
        for (BusinessPark park : initiative.territory().parks()) {
            Optional<Commune> commune =
                    park.communeInsee() == null ? Optional.empty() : COMMUNES.find(park.communeInsee());
            if (commune.isEmpty()) {
                continue;
            }
            long established = zones.stream()
                    .filter(zone -> zone.equalsIgnoreCase(park.name()))
                    .count();
            parks.add(new MapLayers.Park(
                    park.name(),
                    commune.get().name(),
                    established,
                    commune.get().location()));
        }
        return parks;
    }

    private List<MapLayers.Link> synergyLinks(
            InitiativeId initiativeId, Map<CompanyId, GeoPoint> places, Locale locale) {
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

    private List<MapLayers.Link> groups(InitiativeId initiativeId, Map<String, GeoPoint> places, Locale locale) {
        List<MapLayers.Link> groups = new ArrayList<>();
        for (Mutualisation group : mapGroups.of(initiativeId)) {
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

    /** A company's located sites in their order: each at its coordinates, else its commune's centre. */
    private static List<MapLayers.SitePlace> places(Company company) {
        List<MapLayers.SitePlace> places = new ArrayList<>();
        for (Site site : company.sites()) {
            Optional<GeoPoint> point = site.point() != null
                    ? Optional.of(site.point())
                    : Optional.ofNullable(site.communeInsee())
                            .flatMap(COMMUNES::find)
                            .map(Commune::location);
            point.ifPresent(p -> places.add(new MapLayers.SitePlace(site.name(), p)));
        }
        return places;
    }
}
