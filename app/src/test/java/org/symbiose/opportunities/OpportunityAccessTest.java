package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.WebTestBase;
import org.symbiose.ids.InitiativeId;

/**
 * Every opportunities endpoint, page and API, for every role: only the initiative's facilitators get in;
 * anonymous pages go to the login, the anonymous API gets a 401, everyone else a 403. The initiative is
 * the test's own, with its facilitator and member; ADETO's facilitator and member are the others.
 */
class OpportunityAccessTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatchRuns runs;

    OpportunityTestData data;
    /** The initiative's own facilitator and member; ADETO's facilitator and member are the others. */
    SixRoles roles;

    String key;
    String runId;

    @BeforeEach
    void open() throws Exception {
        data = OpportunityTestData.open(mvc, context);
        roles = SixRoles.of(context)
                .facilitator(data.facilitator)
                .otherFacilitator("animation.adeto")
                .member(data.member)
                .otherMember("membre.adeto")
                .build();
        runId = startAndWait();
        key = runs.kept(new InitiativeId(data.id))
                .orElseThrow()
                .opportunities()
                .get(0)
                .key();
    }

    private String startAndWait() throws Exception {
        mvc.perform(get("/initiatives/" + data.slug + "/opportunities").with(roles.page(Who.FACILITATOR)));
        OpportunityControllerTest.waitForRun(runs, data.id);
        return runs.latest(new InitiativeId(data.id)).orElseThrow().id();
    }

    @AfterEach
    void close() {
        roles.close();
        data.close();
    }

    /** One endpoint: its name, whether it is the API, and its request made afresh for each call. */
    record Endpoint(String name, boolean api, Supplier<MockHttpServletRequestBuilder> request) {}

    List<Endpoint> pages() {
        String base = "/initiatives/" + data.slug + "/opportunities";
        return List.of(
                new Endpoint("page", false, () -> get(base)),
                new Endpoint("progress", false, () -> get(base + "/run")),
                new Endpoint("rerun", false, () -> post(base + "/run")),
                new Endpoint("retain", false, () -> post(base + "/retain").param("key", key)),
                new Endpoint(
                        "dismiss",
                        false,
                        () -> post(base + "/dismiss").param("key", key).param("reason-choice", "TOO_FAR")),
                new Endpoint("restore", false, () -> post(base + "/restore").param("key", key)));
    }

    List<Endpoint> api() {
        String base = "/api/v1/initiatives/" + data.id + "/opportunities";
        return List.of(
                new Endpoint("opportunities", true, () -> get(base)),
                new Endpoint("start", true, () -> post(base + "/runs")),
                new Endpoint("run", true, () -> get(base + "/runs/" + runId)),
                new Endpoint("proposals", true, () -> get(base + "/proposals")),
                new Endpoint(
                        "dismiss",
                        true,
                        () -> post(base + "/dismissals")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"key\":\"" + key + "\",\"reasonCode\":\"TOO_FAR\"}")),
                new Endpoint("restore", true, () -> delete(base + "/dismissals/" + key)),
                new Endpoint(
                        "retain",
                        true,
                        () -> post(base + "/retained")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"key\":\"" + key + "\"}")));
    }

    List<Endpoint> everyEndpoint() {
        return Stream.concat(pages().stream(), api().stream()).toList();
    }

    MockHttpServletResponse call(Endpoint endpoint, Who who) throws Exception {
        return mvc.perform(endpoint.request().get().with(roles.as(who, endpoint.api())))
                .andReturn()
                .getResponse();
    }

    /** The facilitator's call to the named endpoint; its status. */
    int facilitators(List<Endpoint> endpoints, String name) throws Exception {
        Endpoint endpoint = endpoints.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
        return call(endpoint, Who.FACILITATOR).getStatus();
    }

    long dismissals() {
        return jdbc.sql("select count(*) from opportunity_dismissal where initiative_id = ?")
                .param(data.id)
                .query(Long.class)
                .single();
    }

    int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void anonymousPagesGoToTheLoginAndTheAnonymousApiGetsA401() throws Exception {
        for (Endpoint endpoint : everyEndpoint()) {
            SixRoles.assertRefused(call(endpoint, Who.ANONYMOUS), Who.ANONYMOUS, endpoint.api());
        }
    }

    @Test
    void everyoneButTheInitiativesFacilitatorsIsRefused() throws Exception {
        for (Who who : List.of(Who.COORDINATOR, Who.OTHER_FACILITATOR, Who.MEMBER, Who.OTHER_MEMBER)) {
            for (Endpoint endpoint : everyEndpoint()) {
                assertThat(call(endpoint, who).getStatus())
                        .as(who + " " + (endpoint.api() ? "API " : "page ") + endpoint.name())
                        .isEqualTo(403);
            }
        }
        assertThat(dismissals()).isZero();
    }

    @Test
    void theInitiativesFacilitatorMayDoEverythingOnThePages() throws Exception {
        var pages = pages();
        assertThat(facilitators(pages, "page")).isEqualTo(200);
        assertThat(facilitators(pages, "progress")).isEqualTo(200);
        assertThat(facilitators(pages, "dismiss")).isEqualTo(302);
        assertThat(facilitators(pages, "restore")).isEqualTo(302);
        assertThat(facilitators(pages, "retain")).isEqualTo(302);
        assertThat(facilitators(pages, "rerun")).isEqualTo(302);
        OpportunityControllerTest.waitForRun(runs, data.id);
    }

    @Test
    void theInitiativesFacilitatorMayDoEverythingOnTheApi() throws Exception {
        var api = api();
        assertThat(facilitators(api, "opportunities")).isEqualTo(200);
        assertThat(facilitators(api, "run")).isEqualTo(200);
        assertThat(facilitators(api, "proposals")).isEqualTo(200);
        assertThat(facilitators(api, "dismiss")).isEqualTo(201);
        assertThat(facilitators(api, "restore")).isEqualTo(204);
        assertThat(facilitators(api, "retain")).isEqualTo(201);
        var started = call(api.get(1), Who.FACILITATOR);
        assertThat(started.getStatus()).isEqualTo(202);
        assertThat(started.getHeader("Location")).startsWith("/api/v1/initiatives/" + data.id + "/opportunities/runs/");
        OpportunityControllerTest.waitForRun(runs, data.id);
        assertThat(status(get(started.getHeader("Location")).with(roles.api(Who.FACILITATOR))))
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
        assertThat(dismissals()).isZero();
    }
}
