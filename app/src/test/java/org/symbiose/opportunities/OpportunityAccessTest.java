package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.WebTestBase;
import org.symbiose.accounts.AccountRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * Every opportunities endpoint, page and API, for every role: only the initiative's facilitators get in;
 * anonymous pages go to the login, the anonymous API gets a 401, everyone else a 403.
 */
class OpportunityAccessTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    MatchRuns runs;

    OpportunityTestData data;
    String key;
    String runId;

    @BeforeEach
    void open() throws Exception {
        data = OpportunityTestData.open(mvc, users, jdbc, initiatives, accounts, passwords);
        runId = startAndWait();
        key = runs.kept(new InitiativeId(data.id))
                .orElseThrow()
                .opportunities()
                .get(0)
                .key();
    }

    private String startAndWait() throws Exception {
        mvc.perform(get("/initiatives/" + data.slug + "/opportunities").with(as(data.facilitator)));
        OpportunityControllerTest.waitForRun(runs, data.id);
        return runs.latest(new InitiativeId(data.id)).orElseThrow().id();
    }

    @AfterEach
    void close() {
        data.close();
    }

    /** Who asks, other than the initiative's facilitator. */
    List<String> outsiders() {
        return List.of("reseau", "animation.adeto", data.member, "membre.adeto");
    }

    Map<String, Supplier<MockHttpServletRequestBuilder>> pages() {
        String base = "/initiatives/" + data.slug + "/opportunities";
        Map<String, Supplier<MockHttpServletRequestBuilder>> pages = new LinkedHashMap<>();
        pages.put("page", () -> get(base));
        pages.put("progress", () -> get(base + "/run"));
        pages.put("rerun", () -> post(base + "/run").with(csrf()));
        pages.put("retain", () -> post(base + "/retain").param("key", key).with(csrf()));
        pages.put(
                "dismiss",
                () -> post(base + "/dismiss")
                        .param("key", key)
                        .param("reason-choice", "TOO_FAR")
                        .with(csrf()));
        pages.put("restore", () -> post(base + "/restore").param("key", key).with(csrf()));
        return pages;
    }

    Map<String, Supplier<MockHttpServletRequestBuilder>> api() {
        String base = "/api/v1/initiatives/" + data.id + "/opportunities";
        Map<String, Supplier<MockHttpServletRequestBuilder>> api = new LinkedHashMap<>();
        api.put("opportunities", () -> get(base));
        api.put("start", () -> post(base + "/runs"));
        api.put("run", () -> get(base + "/runs/" + runId));
        api.put("proposals", () -> get(base + "/proposals"));
        api.put(
                "dismiss",
                () -> post(base + "/dismissals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"" + key + "\",\"reasonCode\":\"TOO_FAR\"}"));
        api.put("restore", () -> delete(base + "/dismissals/" + key));
        api.put(
                "retain",
                () -> post(base + "/retained")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"" + key + "\"}"));
        return api;
    }

    int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void anonymousPagesGoToTheLoginAndTheAnonymousApiGetsA401() throws Exception {
        for (var page : pages().entrySet()) {
            assertThat(status(page.getValue().get())).as(page.getKey()).isEqualTo(302);
        }
        for (var call : api().entrySet()) {
            assertThat(status(call.getValue().get())).as(call.getKey()).isEqualTo(401);
        }
    }

    @Test
    void everyoneButTheInitiativesFacilitatorsIsRefused() throws Exception {
        for (String user : outsiders()) {
            for (var page : pages().entrySet()) {
                assertThat(status(page.getValue().get().with(as(user))))
                        .as(user + " " + page.getKey())
                        .isEqualTo(403);
            }
            for (var call : api().entrySet()) {
                assertThat(status(call.getValue().get().with(httpBasic(user, "demo"))))
                        .as(user + " " + call.getKey())
                        .isEqualTo(403);
            }
        }
        assertThat(jdbc.sql("select count(*) from opportunity_dismissal where initiative_id = ?")
                        .param(data.id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theInitiativesFacilitatorMayDoEverythingOnThePages() throws Exception {
        var pages = pages();
        String user = data.facilitator;
        assertThat(status(pages.get("page").get().with(as(user)))).isEqualTo(200);
        assertThat(status(pages.get("progress").get().with(as(user)))).isEqualTo(200);
        assertThat(status(pages.get("dismiss").get().with(as(user)))).isEqualTo(302);
        assertThat(status(pages.get("restore").get().with(as(user)))).isEqualTo(302);
        assertThat(status(pages.get("retain").get().with(as(user)))).isEqualTo(302);
        assertThat(status(pages.get("rerun").get().with(as(user)))).isEqualTo(302);
        OpportunityControllerTest.waitForRun(runs, data.id);
    }

    @Test
    void theInitiativesFacilitatorMayDoEverythingOnTheApi() throws Exception {
        var api = api();
        String user = data.facilitator;
        assertThat(status(api.get("opportunities").get().with(httpBasic(user, "demo"))))
                .isEqualTo(200);
        assertThat(status(api.get("run").get().with(httpBasic(user, "demo")))).isEqualTo(200);
        assertThat(status(api.get("proposals").get().with(httpBasic(user, "demo"))))
                .isEqualTo(200);
        assertThat(status(api.get("dismiss").get().with(httpBasic(user, "demo"))))
                .isEqualTo(201);
        assertThat(status(api.get("restore").get().with(httpBasic(user, "demo"))))
                .isEqualTo(204);
        assertThat(status(api.get("retain").get().with(httpBasic(user, "demo"))))
                .isEqualTo(201);
        var started = mvc.perform(api.get("start").get().with(httpBasic(user, "demo")))
                .andReturn()
                .getResponse();
        assertThat(started.getStatus()).isEqualTo(202);
        assertThat(started.getHeader("Location")).startsWith("/api/v1/initiatives/" + data.id + "/opportunities/runs/");
        OpportunityControllerTest.waitForRun(runs, data.id);
        assertThat(status(get(started.getHeader("Location")).with(httpBasic(user, "demo"))))
                .isEqualTo(200);
    }

    @Test
    void badInputIsA400OrA404AndChangesNothing() throws Exception {
        String base = "/api/v1/initiatives/" + data.id + "/opportunities";
        String user = data.facilitator;
        assertThat(status(post(base + "/dismissals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"" + key + "\",\"reasonCode\":\"OTHER\"}")
                        .with(httpBasic(user, "demo"))))
                .as("OTHER without words")
                .isEqualTo(400);
        assertThat(status(post(base + "/dismissals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"" + key + "\",\"reasonCode\":\"BORED\"}")
                        .with(httpBasic(user, "demo"))))
                .isEqualTo(400);
        assertThat(status(post(base + "/retained")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"nonsense\"}")
                        .with(httpBasic(user, "demo"))))
                .isEqualTo(400);
        assertThat(status(delete(base + "/dismissals/" + key).with(httpBasic(user, "demo"))))
                .isEqualTo(404);
        assertThat(status(get(base + "/runs/nope").with(httpBasic(user, "demo"))))
                .isEqualTo(404);
        assertThat(status(post("/api/v1/initiatives/0/opportunities/runs").with(httpBasic(user, "demo"))))
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from opportunity_dismissal where initiative_id = ?")
                        .param(data.id)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
