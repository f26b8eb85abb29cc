package org.symbiose.synergies;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.ids.SynergyId;

/**
 * Every synergy endpoint (pages and API) for every role: only ADETO's facilitators read and write
 * ADETO's synergies. The anonymous visitor is asked to log in (pages) or to authenticate (API, 401);
 * the coordinator, PIICTO's facilitator, the member of a participating company and a member of a
 * PIICTO company get a 403, see no title and change nothing. Pages are asked with a session, the API
 * by HTTP Basic.
 */
class SynergyAccessTest extends SynergyTestSupport {

    static final List<String> ENDPOINTS = List.of(
            "GET board",
            "GET new",
            "POST create",
            "GET page",
            "GET edit",
            "POST update",
            "POST status",
            "API GET list",
            "API POST create",
            "API GET one",
            "API PUT one",
            "API POST status");

    SynergyId synergy;

    @BeforeEach
    void retainOne() {
        synergy = retained(TITLE);
    }

    static Stream<Arguments> everyEndpointForEveryone() {
        return SixRoles.everyEndpointForEveryone(ENDPOINTS);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryone")
    void onlyTheInitiativesFacilitatorsReachItsSynergies(String endpoint, Who who) throws Exception {
        boolean read = endpoint.contains("GET");
        boolean api = endpoint.startsWith("API");
        int granted = read ? 200 : api ? (endpoint.contains("create") ? 201 : 200) : 302;
        assertOnlyTheFacilitatorReaches(endpoint, who, request(endpoint), granted, this::state, TITLE);
    }

    /** ADETO's synergies with their status and version: what a write changes. */
    String state() {
        return jdbc.sql("select id, status, version, title from synergy where initiative_id = ? order by id")
                .param(adeto)
                .query((rs, n) -> rs.getLong(1) + rs.getString(2) + rs.getInt(3) + rs.getString(4))
                .list()
                .toString();
    }

    MockHttpServletRequestBuilder request(String endpoint) {
        String base = "/initiatives/adeto/synergies";
        String api = "/api/v1/synergies/" + synergy;
        return switch (endpoint) {
            case "GET board" -> get(base);
            case "GET new" -> get(base + "/new");
            case "POST create" ->
                post(base)
                        .param("title", TITLE + " (nouvelle)")
                        .param("kind", "SUBSTITUTION")
                        .param("subType", "MATERIAL")
                        .param("participants", member + ":SUPPLIER");
            case "GET page" -> get(base + "/" + synergy);
            case "GET edit" -> get(base + "/" + synergy + "/edit");
            case "POST update" ->
                post(base + "/" + synergy).param("version", "0").param("title", TITLE + " (modifiée)");
            case "POST status" ->
                post(base + "/" + synergy + "/status")
                        .param("status", "IN_PROGRESS")
                        .param("version", "0");
            case "API GET list" -> json(get("/api/v1/initiatives/" + adeto + "/synergies"), null);
            case "API POST create" ->
                json(
                        post("/api/v1/initiatives/" + adeto + "/synergies"),
                        "{\"title\": \"" + TITLE + " (API)\", \"kind\": \"SUBSTITUTION\", \"subType\": \"WATER\","
                                + " \"participants\": [{\"companyId\": " + member + ", \"role\": \"RECEIVER\"}]}");
            case "API GET one" -> json(get(api), null);
            case "API PUT one" -> json(put(api), "{\"title\": \"" + TITLE + " (API)\", \"version\": 0}");
            case "API POST status" -> json(post(api + "/status"), "{\"status\": \"IN_PROGRESS\", \"version\": 0}");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }
}
