package org.symbiose.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.WebTestBase;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.companies.Site;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.synergies.SynergyRepository;
import org.symbiose.synergies.SynergySubType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every site of a company is on the map, each naming the company and the site with a link to the
 * company's file; a synergy link ends at the main (first) site of each participant. Two companies and
 * a synergy are added to PIICTO for the test, then deleted.
 */
class InitiativeMapSitesTest extends WebTestBase {

    static final GeoPoint PLANT = GeoPoint.of(43.45, 4.95);
    static final GeoPoint DEPOT = GeoPoint.of(43.52, 5.07);
    static final GeoPoint OFFICE = GeoPoint.of(43.40, 4.88);

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    CompanyRepository companies;

    @Autowired
    SynergyRepository synergies;

    @Autowired
    FiguresService figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Company twoSites;
    Company oneSite;
    SynergyId synergy;

    static Company company(long initiativeId, String name, List<Site> sites) {
        return new Company(
                null, new InitiativeId(initiativeId), null, name, null, "20.14Z", null, null, null, false, sites);
    }

    @BeforeEach
    void addTwoCompaniesAndASynergy() {
        long piicto = initiatives.getBySlug("piicto").id().value();
        twoSites = companies.insert(company(
                piicto,
                "Chimie des deux sites",
                List.of(new Site("Usine de Fos", null, PLANT), new Site("Dépôt d’Istres", null, DEPOT))));
        oneSite = companies.insert(company(piicto, "Voisin d’un site", List.of(new Site("Siège", null, OFFICE))));
        synergy = synergies
                .insert(
                        Synergy.identify(
                                        new InitiativeId(piicto),
                                        null,
                                        "Vapeur partagée (test des sites)",
                                        null,
                                        SynergyKind.SUBSTITUTION,
                                        SynergySubType.ENERGY,
                                        LocalDate.of(2026, 1, 5))
                                .withParticipants(null, List.of(twoSites.id(), oneSite.id()), List.of()),
                        999)
                .id();
        figures.forgetAll();
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from synergy where id = ?").param(synergy.value()).update();
        jdbc.sql("delete from company where id in (?, ?)")
                .params(twoSites.id().value(), oneSite.id().value())
                .update();
        figures.forgetAll();
    }

    @Test
    void eachSiteIsAMarkerNamingCompanyAndSiteAndTheSynergyLinksTheMainSites() throws Exception {
        var response = mvc.perform(get("/initiatives/piicto/map.json").with(as("animation.piicto")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        List<JsonNode> features = json.readTree(response.getContentAsString())
                .get("features")
                .valueStream()
                .toList();
        List<JsonNode> marks = TerritoryPagesTest.layer(features, "company").stream()
                .filter(f -> f.at("/properties/id").asLong() == twoSites.id().value())
                .toList();
        assertThat(marks)
                .extracting(
                        f -> f.at("/properties/name").asString(),
                        f -> f.at("/properties/site").asString(),
                        f -> f.at("/properties/main").asBoolean(),
                        f -> f.at("/properties/href").asString(),
                        f -> f.at("/geometry/coordinates/1").asDouble())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Chimie des deux sites",
                                "Usine de Fos",
                                true,
                                "/companies/" + twoSites.id().value(),
                                43.45),
                        org.assertj.core.groups.Tuple.tuple(
                                "Chimie des deux sites",
                                "Dépôt d’Istres",
                                false,
                                "/companies/" + twoSites.id().value(),
                                43.52));
        JsonNode link = TerritoryPagesTest.layer(features, "synergy").stream()
                .filter(f -> f.at("/properties/name").asString().equals("Vapeur partagée (test des sites)"))
                .findFirst()
                .orElseThrow();
        assertThat(link.at("/geometry/coordinates/0")
                        .valueStream()
                        .map(c -> List.of(c.get(0).asDouble(), c.get(1).asDouble()))
                        .toList())
                .as("from the main site (Fos), not the depot, to the neighbour's only site")
                .containsExactly(List.of(4.95, 43.45), List.of(4.88, 43.40));
    }

    @Test
    void aCompanyAddedAfterTheMapWasDrawnIsOnTheNextOneThoughTheMapIsKept() throws Exception {
        long piicto = initiatives.getBySlug("piicto").id().value();
        String before = geoJson();
        // Added without forgetting the figures: the companies' change stamp alone tells the map it is stale.
        Company newcomer =
                companies.insert(company(piicto, "Nouvelle venue", List.of(new Site("Atelier", null, DEPOT))));
        try {
            String after = geoJson();

            assertThat(before).doesNotContain("Nouvelle venue");
            assertThat(after).contains("Nouvelle venue", "Chimie des deux sites");
        } finally {
            jdbc.sql("delete from company where id = ?")
                    .param(newcomer.id().value())
                    .update();
            figures.forgetAll();
        }
    }

    String geoJson() throws Exception {
        return mvc.perform(get("/initiatives/piicto/map.json").with(as("animation.piicto")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theLegendCountsCompaniesAndTheirSites() throws Exception {
        String html = mvc.perform(get("/initiatives/piicto/map").with(as("animation.piicto")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var counts = java.util.regex.Pattern.compile("id=\"layer-sites\">(\\d+) entreprises sur (\\d+) sites")
                .matcher(html);
        assertThat(counts.find()).as("the sites' line of the legend").isTrue();
        assertThat(Integer.parseInt(counts.group(2)))
                .as("the demo's companies have one site each, the test's company two")
                .isEqualTo(Integer.parseInt(counts.group(1)) + 1);
        assertThat(html).contains("data-label-site=\"Site\u00a0:\"");
    }
}
