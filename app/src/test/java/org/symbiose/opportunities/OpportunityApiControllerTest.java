package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.WebTestBase;

/** The engine on the demo initiatives finds the synergies their sheets describe, for facilitators only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpportunityApiControllerTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    String piicto;
    String adeto;

    long id(String slug) {
        return jdbc.sql("select id from initiative where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    @BeforeAll
    void matchBothInitiatives() throws Exception {
        piicto = mvc.perform(get("/api/v1/initiatives/" + id("piicto") + "/opportunities")
                        .with(httpBasic("animation.piicto", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        adeto = mvc.perform(get("/api/v1/initiatives/" + id("adeto") + "/opportunities")
                        .with(httpBasic("animation.adeto", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    List<Map<String, Object>> substitutions(String json) {
        return JsonPath.read(json, "$.candidates[?(@.kind == 'SUBSTITUTION')]");
    }

    List<Map<String, Object>> mutualisations(String json) {
        return JsonPath.read(json, "$.candidates[?(@.kind == 'MUTUALISATION')]");
    }

    String label(String flowId) {
        return jdbc.sql("select label from flow where external_id = ?")
                .param(flowId)
                .query(String.class)
                .single();
    }

    @Test
    void piictoDecarbonationSludgeGoesToRoadSubBase() {
        assertThat(substitutions(piicto)).anySatisfy(c -> {
            assertThat(label((String) ((Map<?, ?>) c.get("supply")).get("flow")).toLowerCase())
                    .contains("carbonatation");
            assertThat(((Map<?, ?>) c.get("pathway")).get("label_fr").toString().toLowerCase())
                    .contains("rout");
        });
    }

    @Test
    void piictoFindsSteamHydrogenCo2AndDemineralisedWaterExchanges() {
        String supplies = String.join(
                "\n",
                substitutions(piicto).stream()
                        .map(c -> label((String) ((Map<?, ?>) c.get("supply")).get("flow"))
                                .toLowerCase())
                        .toList());
        assertThat(supplies)
                .contains("vapeur")
                .contains("hydrog")
                .contains("co2")
                .contains("démin");
    }

    @Test
    void adetoGetsCollectionsAndGroupPurchasesOfItsSheet() {
        List<String> themes = mutualisations(adeto).stream()
                .map(m -> m.get("theme").toString())
                .toList();
        assertThat(String.join("\n", themes).toLowerCase())
                .contains("palette")
                .contains("biodéchet")
                .contains("epi");
    }

    @Test
    void everyCandidateIsExplainedInFrenchAndEnglish() {
        List<List<String>> fr = JsonPath.read(adeto, "$.candidates[*].reasons_fr");
        List<List<String>> en = JsonPath.read(adeto, "$.candidates[*].reasons_en");
        assertThat(fr).isNotEmpty().allSatisfy(r -> assertThat(r).isNotEmpty());
        assertThat(en).hasSameSizeAs(fr).allSatisfy(r -> assertThat(r).isNotEmpty());
    }

    @Test
    void onlyTheInitiativesFacilitatorsMayAsk() throws Exception {
        mvc.perform(get("/api/v1/initiatives/" + id("adeto") + "/opportunities"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/initiatives/" + id("adeto") + "/opportunities")
                        .with(httpBasic("animation.piicto", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/initiatives/" + id("adeto") + "/opportunities").with(httpBasic("reseau", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/initiatives/" + id("adeto") + "/opportunities")
                        .with(httpBasic("membre.adeto", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void withVarietyEachSupplyKeepsItsFivePlacesAndTheSeedSynergy() throws Exception {
        String varied = mvc.perform(get("/api/v1/initiatives/" + id("piicto") + "/opportunities")
                        .param("variety", "true")
                        .with(httpBasic("animation.piicto", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<Object, Long> placesBySupply = substitutions(varied).stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        c -> ((Map<?, ?>) c.get("supply")).get("flow"), java.util.stream.Collectors.counting()));
        assertThat(placesBySupply.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(5L));
        assertThat(placesBySupply.keySet())
                .as("the same supplies find receivers")
                .isEqualTo(substitutions(piicto).stream()
                        .map(c -> ((Map<?, ?>) c.get("supply")).get("flow"))
                        .collect(java.util.stream.Collectors.toSet()));
        assertThat(substitutions(varied))
                .anySatisfy(c -> assertThat(((Map<?, ?>) c.get("pathway"))
                                .get("label_fr")
                                .toString()
                                .toLowerCase())
                        .contains("rout"));
    }

    @Test
    void refusesABadTop() throws Exception {
        mvc.perform(get("/api/v1/initiatives/" + id("adeto") + "/opportunities")
                        .param("top", "0")
                        .with(httpBasic("animation.adeto", "demo")))
                .andExpect(status().isBadRequest());
    }
}
