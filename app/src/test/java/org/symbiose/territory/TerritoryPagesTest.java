package org.symbiose.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.symbiose.WebTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The map, its GeoJSON, the metabolism and its CSV as the initiative's facilitator gets them. */
class TerritoryPagesTest extends WebTestBase {

    @Autowired
    JsonMapper json;

    MockHttpServletResponse fetch(String url, String user) throws Exception {
        return mvc.perform(get(url).with(as(user))).andReturn().getResponse();
    }

    @Test
    void theMapPageListsItsLayersCountsForThoseWhoCannotSeeTheMap() throws Exception {
        MockHttpServletResponse page = fetch("/initiatives/piicto/map", "animation.piicto");

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"territory-map\"",
                        "data-geojson=\"/initiatives/piicto/map.json\"",
                        "/dist/leaflet.js",
                        "/js/initiative-map.js");
        assertThat(html)
                .contains(
                        "Entreprises sur la carte par secteur",
                        "Synergies entre entreprises localisées",
                        "réalisée",
                        "en cours");
        // No tile server by default: nothing is asked of the internet.
        assertThat(html).doesNotContain("tile.openstreetmap.org", "data-tiles=\"http");
    }

    @Test
    void theGeoJsonHoldsCompaniesWithTheirFileAndSynergiesWithTheirStatus() throws Exception {
        MockHttpServletResponse response = fetch("/initiatives/piicto/map.json", "animation.piicto");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode collection = json.readTree(response.getContentAsString());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        List<JsonNode> features = collection.get("features").valueStream().toList();
        List<JsonNode> companies = layer(features, "company");
        assertThat(companies).isNotEmpty();
        JsonNode company = companies.get(0);
        assertThat(company.at("/geometry/type").asString()).isEqualTo("Point");
        double lon = company.at("/geometry/coordinates/0").asDouble();
        double lat = company.at("/geometry/coordinates/1").asDouble();
        assertThat(lat).isBetween(42.9, 45.2); // Provence-Alpes-Côte d'Azur, longitude first
        assertThat(lon).isBetween(4.2, 7.8);
        assertThat(company.at("/properties/href").asString())
                .isEqualTo("/companies/" + company.at("/properties/id").asLong());
        assertThat(company.at("/properties/section").asString()).matches("[A-U?]");
        List<JsonNode> synergies = layer(features, "synergy");
        assertThat(synergies)
                .extracting(s -> s.at("/properties/status").asString())
                .contains("REALISED", "IN_PROGRESS");
        assertThat(synergies.get(0).at("/geometry/type").asString()).isEqualTo("MultiLineString");
    }

    @Test
    void theDeclaredMetabolismDrawsThreeDiagramsWithTablesAndCsvLinks() throws Exception {
        MockHttpServletResponse page = fetch("/initiatives/adeto/metabolism", "animation.adeto");

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"diagram-mass\"",
                        "id=\"diagram-energy\"",
                        "id=\"diagram-volume\"",
                        "Tonnes par an",
                        "data-diagram=",
                        "/dist/d3.min.js",
                        "/dist/d3-sankey.min.js",
                        "metabolism.csv?view=declared&amp;dimension=mass",
                        "Destination non précisée");
        assertThat(html).containsPattern("id=\"apart\"[^>]*>[^<]*sans quantité");
    }

    @Test
    void theRealisedViewCountsTheRecordedQuantityOfARealisedSynergy() throws Exception {
        // PIICTO's realised synergy of 16,000 t a year between two companies.
        MockHttpServletResponse csv =
                fetch("/initiatives/piicto/metabolism.csv?view=realised&dimension=mass", "animation.piicto");

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment", "piicto-metabolism-realised-mass.csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFsource;target;value;unit\r\n");
        List<String> lines = text.lines().skip(1).toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("[^;]+;[^;]+;[0-9]+(,[0-9]+)?;t/an"));
        double fromFamilies = lines.stream()
                .filter(l -> !l.startsWith("Autres") && l.split(";").length == 4)
                .mapToDouble(l -> Double.parseDouble(l.split(";")[2].replace(',', '.')))
                .sum();
        assertThat(fromFamilies).isGreaterThanOrEqualTo(16000);
        assertThat(text).contains(";16000;t/an");
    }

    @Test
    void theProposedViewShowsTheEnginesSupplies() throws Exception {
        MockHttpServletResponse page = fetch("/initiatives/piicto/metabolism?view=proposed", "animation.piicto");

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("aria-current=\"page\"", "Substitutions proposées par le moteur");
    }

    @Test
    void anUnknownViewOrDimensionIsA400NamingTheParameter() throws Exception {
        MockHttpServletResponse view = fetch("/initiatives/adeto/metabolism?view=dreamed", "animation.adeto");
        MockHttpServletResponse dimension =
                fetch("/initiatives/adeto/metabolism.csv?view=declared&dimension=lightyears", "animation.adeto");

        assertThat(view.getStatus()).isEqualTo(400);
        assertThat(view.getContentAsString()).contains("view", "dreamed");
        assertThat(dimension.getStatus()).isEqualTo(400);
        assertThat(dimension.getContentAsString()).contains("dimension", "lightyears");
    }

    static List<JsonNode> layer(List<JsonNode> features, String layer) {
        return features.stream()
                .filter(f -> layer.equals(f.at("/properties/layer").asString()))
                .toList();
    }
}
