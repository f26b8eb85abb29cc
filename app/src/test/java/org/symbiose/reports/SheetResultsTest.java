package org.symbiose.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.symbiose.WebTestBase;

/** The sheet shows the synergies followed on the platform beside what the initiative declared. */
class SheetResultsTest extends WebTestBase {

    @Test
    void resultsListEveryFollowedSynergyWithStatusQuantityAndCo2() throws Exception {
        Document sheet = page("/initiatives/piicto");
        Element results = sheet.selectFirst("table.results-table");
        assertThat(results).isNotNull();
        Element boues = results.select("tbody tr").stream()
                .filter(r -> r.text().startsWith("Boues de décarbonatation"))
                .findFirst()
                .orElseThrow();
        assertThat(spaced(boues.select("td").eachText()))
                .containsExactly(
                        "Boues de décarbonatation en sous-couche routière", "Réalisée", "16 000 t/an", "non mesuré");
        assertThat(spaced(results.select("tbody tr").eachText()))
                .anySatisfy(row -> assertThat(row).contains("Projet HyaMMED", "En cours", "2 000 t CO2e/an"))
                .anySatisfy(row -> assertThat(row).contains("Étude chaleur fatale", "En perspective"));
        // The realised total, by the rules of the computed figures: 16 000 t (m³ are not tonnes), 200 t CO2e.
        assertThat(spaced(results.select("tfoot td").eachText())).containsExactly("16 000 t/an", "200 t CO2e/an");
        // What the initiative declared stays above, in its words.
        assertThat(spaced(sheet.select("#synergies li.synergy").eachText()))
                .anySatisfy(li ->
                        assertThat(li).startsWith("Boues de décarbonatation en sous-couche routière : Valorisation"));
    }

    @Test
    void computedKeyFiguresSayWhatTheyCount() throws Exception {
        assertThat(spaced(page("/initiatives/piicto").select(".figure-computed").eachText()))
                .contains("Calculé par la plateforme : 16 kt/an", "Calculé par la plateforme : 200 t CO2e évitées/an");
        assertThat(spaced(page("/initiatives/adeto").select(".figure-computed").eachText()))
                .allSatisfy(text -> assertThat(text).matches("Calculé par la plateforme : [\\d ]+ \\p{L}.*"));
        assertThat(spaced(page("/initiatives/piicto?lang=en")
                        .select(".figure-computed")
                        .eachText()))
                .contains("Computed by the platform: 200 t CO2e avoided/year");
    }

    Document page(String path) throws Exception {
        String html = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    static java.util.List<String> spaced(java.util.List<String> texts) {
        return texts.stream()
                .map(t -> t.replace('\u00a0', ' ').replace('\u202f', ' '))
                .toList();
    }
}
