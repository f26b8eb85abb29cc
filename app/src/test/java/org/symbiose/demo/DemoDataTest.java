package org.symbiose.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.WebTestBase;

/** The demo network as a coordinator would check it after installing the product. */
class DemoDataTest extends WebTestBase {

    static final List<String> SECTIONS = List.of(
            "Description de la démarche",
            "Carte d&#39;identité de l&#39;acteur et de son territoire",
            "Objectifs généraux",
            "Le + de la démarche",
            "Chiffres clés",
            "Synergies",
            "Étapes de mise en œuvre",
            "Moyens humains et financiers",
            "Gouvernance",
            "Pilotage stratégique de la démarche",
            "Pilotage technique de la démarche",
            "Partenaires",
            "Intégration avec les politiques publiques locales",
            "Méthodologie d&#39;animation et communication",
            "Contacts");

    /** Surnames of the people the regional compendium names: demo data must never hold them. */
    static final List<String> PEOPLE = List.of(
            "FLORIT",
            "Gayets",
            "GAUBERT",
            "Duret",
            "ROSSOGLIO",
            "DESPOINTES",
            "FRICK",
            "MAILLE",
            "LANDI",
            "AIZPURU",
            "BEZARD",
            "CARANTA",
            "Farissier",
            "BERETTONI",
            "Nicolas Mat");

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsTheEightInitiativesOfTheRegionalCompendium() {
        assertThat(jdbc.sql("select slug from initiative order by slug")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "adeto",
                        "argile-circulaire",
                        "authentic-provence",
                        "cavem",
                        "club-pal",
                        "ebg",
                        "entrepreneurs-des-sorgues",
                        "piicto");
    }

    @Test
    void everySheetShowsEverySectionOfTheSeedInOrder() throws Exception {
        for (String slug :
                jdbc.sql("select slug from initiative").query(String.class).list()) {
            String page = mvc.perform(get("/initiatives/" + slug))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            int previous = -1;
            for (String section : SECTIONS) {
                int at = page.indexOf(section, previous + 1);
                assertThat(at)
                        .as("%s: section '%s' after the previous one", slug, section)
                        .isGreaterThan(previous);
                previous = at;
            }
        }
    }

    @Test
    void synergiesKeepTheirRealStatusFromTheSeed() {
        assertThat(synergyStatus("piicto", "Valorisation de boues de décarbonation%"))
                .isEqualTo("REALISED");
        assertThat(synergyStatus("piicto", "%HyaMMED%")).isEqualTo("IN_PROGRESS");
        assertThat(synergyStatus("cavem", "%golf%")).isEqualTo("PERSPECTIVE");
        assertThat(jdbc.sql("select count(*) from synergy").query(Long.class).single())
                .isGreaterThanOrEqualTo(50);
    }

    String synergyStatus(String slug, String titleOrDescription) {
        return jdbc.sql("select s.status from synergy s join initiative i on i.id = s.initiative_id"
                        + " where i.slug = ? and (s.title like ? or s.description like ?)")
                .params(slug, titleOrDescription, titleOrDescription)
                .query(String.class)
                .list()
                .get(0);
    }

    @Test
    void adetoAndPiictoHaveGeolocatedCompaniesWithDiagnosedFlows() {
        assertThat(companies("adeto")).isGreaterThanOrEqualTo(60);
        assertThat(companies("piicto")).isBetween(15L, 25L);
        long unlocated = jdbc.sql("""
                        select count(*) from company c where not exists
                          (select 1 from site s where s.company_id = c.id and s.latitude is not null)""").query(Long.class).single();
        assertThat(unlocated).isZero();
        assertThat(jdbc.sql("select count(distinct label) from flow where label like '%vapeur%'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    long companies(String slug) {
        return jdbc.sql("select count(*) from company c join initiative i on i.id = c.initiative_id where i.slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    @Test
    void demoDataNamesNoPerson() throws IOException {
        String json = new ClassPathResource("demo/initiatives.json").getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("@").doesNotContainPattern("0\\d[ .]\\d\\d[ .]\\d\\d[ .]\\d\\d[ .]\\d\\d");
        for (String person : PEOPLE) {
            assertThat(json).as("demo data names %s", person).doesNotContainIgnoringCase(person);
        }
    }

    @Test
    void sheetSpeaksEnglishOnRequest() throws Exception {
        String page = mvc.perform(get("/initiatives/piicto").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Key figures").contains("Governance").doesNotContain("Chiffres clés");
    }

    @Test
    void homeShowsTheMapTheFiguresAndEveryPublishedInitiative() throws Exception {
        String page = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"map\"").contains("leaflet.js").contains("network-figures");
        assertThat(page.split("data-lat=", -1)).hasSize(9);
    }
}
