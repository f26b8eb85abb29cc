package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/** The synergies API: create, read, edit at a version, move through the life cycle, and its refusals. */
class SynergyApiTest extends SynergyTestSupport {

    @Test
    void aFacilitatorCreatesReadsEditsAndMovesASynergy() throws Exception {
        MockHttpServletResponse created =
                call(post("/api/v1/initiatives/" + adeto + "/synergies").content("""
                        {"title": "%s", "kind": "SUBSTITUTION", "subType": "ENERGY",
                         "participants": [{"companyId": %d, "role": "SUPPLIER"}, {"companyId": %d, "role": "RECEIVER"}],
                         "planned": {"value": 260, "unit": "MEGAWATT_HOUR", "period": "YEAR"},
                         "nextStep": "Étude de faisabilité"}
                        """.formatted(TITLE, member, other)));

        assertThat(created.getStatus()).isEqualTo(201);
        String location = created.getHeader("Location");
        assertThat(location).matches("/api/v1/synergies/\\d+");
        String body = created.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\"planned\":{\"value\":260,\"unit\":\"MEGAWATT_HOUR\",\"period\":\"YEAR\"}");
        assertThat(body).contains("\"status\":\"PERSPECTIVE\"", "\"version\":0", "\"role\":\"RECEIVER\"");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        MockHttpServletResponse edited = call(put(location).content("""
                {"title": "%s", "nextStep": "Signer la convention", "version": 0,
                 "measured": {"value": 250.50, "unit": "MEGAWATT_HOUR", "period": "YEAR"}}
                """.formatted(TITLE)));
        assertThat(edited.getStatus()).isEqualTo(200);
        assertThat(edited.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"measured\":{\"value\":250.5,", "\"version\":1");

        MockHttpServletResponse stale = call(put(location).content("""
                {"title": "%s", "version": 0}""".formatted(TITLE)));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Quelqu'un d'autre a modifié cette synergie");

        MockHttpServletResponse illegal = call(post(location + "/status").content("""
                {"status": "REALISED", "version": 1}"""));
        assertThat(illegal.getStatus()).isEqualTo(400);
        assertThat(illegal.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("doit d'abord être démarrée");

        MockHttpServletResponse started = call(post(location + "/status").content("""
                {"status": "IN_PROGRESS", "version": 1}"""));
        assertThat(started.getStatus()).isEqualTo(200);
        assertThat(started.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"status\":\"IN_PROGRESS\"", "\"version\":2");
        assertThat(stored(new SynergyId(id)).status()).isEqualTo(SynergyStatus.IN_PROGRESS);

        MockHttpServletResponse listed = call(get("/api/v1/initiatives/" + adeto + "/synergies"));
        assertThat(listed.getStatus()).isEqualTo(200);
        assertThat(listed.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"id\":" + id + ",", TITLE)
                .doesNotContain("E+");
    }

    @Test
    void wrongFieldsAreA400NamingThemAndCreateNothing() throws Exception {
        MockHttpServletResponse refused =
                call(post("/api/v1/initiatives/" + adeto + "/synergies").content("""
                        {"title": "", "kind": "SWAP", "subType": "MATERIAL",
                         "participants": [{"companyId": %d, "role": "BOSS"}],
                         "planned": {"value": 12, "unit": "BARREL", "period": "YEAR"}}
                        """.formatted(member)));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(
                        "\"field\":\"title\"",
                        "\"field\":\"kind\"",
                        "\"field\":\"participants\"",
                        "\"field\":\"plannedUnit\"");
        assertThat(repository.listByInitiative(new InitiativeId(adeto)))
                .noneMatch(s -> s.id().value() > lastDemoSynergy);
    }

    @Test
    void aMoveWithoutVersionOrWithAnUnknownStatusIsA400AndAnUnknownSynergyA404() throws Exception {
        SynergyId id = retained(TITLE);

        assertThat(call(post("/api/v1/synergies/" + id + "/status").content("{\"status\": \"IN_PROGRESS\"}"))
                        .getStatus())
                .isEqualTo(400);
        assertThat(call(post("/api/v1/synergies/" + id + "/status").content("{\"status\": \"FINI\", \"version\": 0}"))
                        .getStatus())
                .isEqualTo(400);
        assertThat(call(get("/api/v1/synergies/0")).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/synergies/" + (id.value() + 100000))).getStatus())
                .isEqualTo(404);
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.PERSPECTIVE);
    }

    MockHttpServletResponse call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        RequestBuilder built = request.contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .with(httpBasic("animation.adeto", "demo"));
        return mvc.perform(built).andReturn().getResponse();
    }
}
