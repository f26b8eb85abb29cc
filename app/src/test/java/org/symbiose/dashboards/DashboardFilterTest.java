package org.symbiose.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.WebTestBase;
import org.symbiose.initiatives.InitiativeRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards' GET filters (period, kind) in the page, the JSON and the CSV downloads; the CSV in
 * French and in English; bad filter values answered with a message naming the parameter, never a 500.
 */
class DashboardFilterTest extends WebTestBase {

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    JsonMapper json;

    MockHttpServletResponse api(String url, String language) throws Exception {
        MockHttpServletRequestBuilder request = get(url).with(httpBasic("animation.adeto", "demo"));
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletResponse page(String url) throws Exception {
        return mvc.perform(get(url).with(as("animation.adeto"))).andReturn().getResponse();
    }

    String adetoApi() {
        return "/api/v1/initiatives/" + initiatives.getBySlug("adeto").id().value() + "/dashboard";
    }

    @Test
    void aKindCountsOnlyItsSynergiesInTheJsonAndTheFilterIsEchoed() throws Exception {
        JsonNode all = json.readTree(api(adetoApi(), null).getContentAsString());
        JsonNode substitutions =
                json.readTree(api(adetoApi() + "?kind=substitution", null).getContentAsString());

        assertThat(substitutions.at("/filter/kind").asString()).isEqualTo("SUBSTITUTION");
        List<JsonNode> periods = substitutions.get("periods").valueStream().toList();
        assertThat(periods)
                .allSatisfy(
                        p -> assertThat(p.at("/synergiesByKind/MUTUALISATION").asLong())
                                .isZero());
        JsonNode now = periods.get(periods.size() - 1);
        JsonNode allNow = all.get("periods").get(all.get("periods").size() - 1);
        assertThat(allNow.at("/synergiesByKind/MUTUALISATION").asLong())
                .as("ADETO has mutualisations: the filter removed them")
                .isPositive();
        assertThat(now.at("/synergiesByKind/SUBSTITUTION").asLong())
                .isEqualTo(allNow.at("/synergiesByKind/SUBSTITUTION").asLong());
        long byStatus = now.get("synergiesByStatus")
                .valueStream()
                .mapToLong(JsonNode::asLong)
                .sum();
        assertThat(byStatus).isEqualTo(now.at("/synergiesByKind/SUBSTITUTION").asLong());
        assertThat(now.get("diagnostics").asLong())
                .as("diagnostics have no kind: they always count")
                .isEqualTo(allNow.get("diagnostics").asLong());
    }

    @Test
    void aPeriodKeepsItsStepsAndItsLastPointCountsAsOfItsEnd() throws Exception {
        JsonNode year = json.readTree(
                api(adetoApi() + "?from=2024-01-01&to=2024-12-31", null).getContentAsString());

        List<JsonNode> periods = year.get("periods").valueStream().toList();
        assertThat(periods)
                .extracting(p -> p.get("period").asString())
                .containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
        assertThat(periods).noneMatch(p -> p.get("current").asBoolean());
        assertThat(year.at("/filter/from").asString()).isEqualTo("2024-01-01");
        assertThat(year.at("/filter/to").asString()).isEqualTo("2024-12-31");

        String html = page("/initiatives/adeto/dashboard?from=2024-01-01&to=2024-12-31")
                .getContentAsString();
        assertThat(html).contains("2024 T1", "2024 T4", "value=\"2024-01-01\"").doesNotContain("Aujourd’hui</th>");
        assertThat(html).contains("/initiatives/adeto/dashboard?download=tonnes&amp;from=2024-01-01&amp;to=2024-12-31");
    }

    @Test
    void eachTableDownloadsAsCsvInFrenchAndInEnglishWithItsFilter() throws Exception {
        MockHttpServletResponse french = page("/initiatives/adeto/dashboard?download=tonnes&kind=SUBSTITUTION");
        MockHttpServletResponse english = api(adetoApi() + "/tonnes.csv?kind=SUBSTITUTION", "en");
        MockHttpServletResponse network = api("/api/v1/network/dashboard/status.csv", "fr");

        assertThat(french.getStatus()).isEqualTo(200);
        assertThat(french.getContentType()).startsWith("text/csv");
        assertThat(french.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"adeto-tableau-de-bord-tonnes.csv\"");
        List<String> frenchLines = lines(french);
        assertThat(frenchLines.get(0)).isEqualTo("\uFEFFPériode;Réalisées (t/an);Potentiel (t/an)");
        assertThat(frenchLines.get(frenchLines.size() - 1)).startsWith("Aujourd’hui;");
        assertThat(frenchLines).noneMatch(l -> l.matches(".*\\d\\.\\d.*"));

        assertThat(english.getStatus()).isEqualTo(200);
        assertThat(english.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"adeto-dashboard-tonnes.csv\"");
        List<String> englishLines = lines(english);
        assertThat(englishLines.get(0)).isEqualTo("\uFEFFPeriod,Achieved (t/yr),Potential (t/yr)");
        assertThat(englishLines.get(englishLines.size() - 1)).startsWith("Today,");
        assertThat(englishLines).hasSameSizeAs(frenchLines);
        assertThat(englishLines).noneMatch(l -> l.contains(";"));
        for (int i = 1; i < frenchLines.size(); i++) {
            String[] f = frenchLines.get(i).split(";");
            String[] e = englishLines.get(i).split(",");
            assertThat(e[1]).isEqualTo(f[1].replace(',', '.'));
            assertThat(e[2]).isEqualTo(f[2].replace(',', '.'));
        }

        assertThat(network.getStatus()).isEqualTo(200);
        assertThat(network.getHeader("Content-Disposition")).contains("reseau-tableau-de-bord-status.csv");
        assertThat(lines(network).get(0)).startsWith("\uFEFFPériode;");
    }

    @Test
    void badFilterValuesAreA400NamingTheParameterNeverA500() throws Exception {
        record Case(String url, String parameter, boolean isApi) {}
        var cases = List.of(
                new Case(adetoApi() + "?from=hier", "from", true),
                new Case(adetoApi() + "?to=2024-13-45", "to", true),
                new Case(adetoApi() + "?kind=PIZZA", "kind", true),
                new Case(adetoApi() + "?from=2025-01-01&to=2024-01-01", "from", true),
                new Case(adetoApi() + "?from=2999-01-01", "from", true),
                new Case(adetoApi() + "?to=-999999999-01-01", "to", true),
                new Case("/api/v1/network/dashboard?kind=%00", "kind", true),
                new Case("/initiatives/adeto/dashboard?from=31/12/2024", "from", false),
                new Case("/network/dashboard?kind=substitutions", "kind", false),
                new Case("/initiatives/adeto/dashboard?download=secrets", "download", false),
                new Case("/network/dashboard?download=tonnes&to=demain", "to", false));
        for (Case c : cases) {
            MockHttpServletResponse response = c.isApi() ? api(c.url(), null) : page(c.url());
            assertThat(response.getStatus()).as(c.url()).isEqualTo(400);
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(c.url()).contains("«\u00a0" + c.parameter() + "\u00a0»");
            if (c.isApi()) {
                assertThat(response.getContentType()).startsWith("application/problem+json");
            }
        }
        MockHttpServletResponse unknownTable = api(adetoApi() + "/secrets.csv", null);
        assertThat(unknownTable.getStatus()).isEqualTo(404);
        MockHttpServletResponse english = api(adetoApi() + "?from=yesterday", "en");
        assertThat(english.getContentAsString()).contains("The parameter \\\"from\\\" expects a date");
    }

    static List<String> lines(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).endsWith("\r\n");
        return List.of(body.split("\r\n"));
    }
}
