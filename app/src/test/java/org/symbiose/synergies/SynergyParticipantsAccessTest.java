package org.symbiose.synergies;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/**
 * Every endpoint that changes or reads a synergy's participants and flows (pages and API) for every
 * role: only ADETO's facilitators reach them. The anonymous visitor is sent to log in (pages) or asked
 * to authenticate (API, 401); the coordinator, PIICTO's facilitator, the member of a participating
 * company and a member of a PIICTO company get a 403, read no company and change nothing. Pages are asked
 * with a session, the API by HTTP Basic.
 */
class SynergyParticipantsAccessTest extends SynergyTestSupport {

    static final List<String> ENDPOINTS = List.of(
            "POST add participant",
            "POST change role",
            "POST remove participant",
            "POST attach flow",
            "POST detach flow",
            "API GET participants",
            "API GET participant",
            "API POST participant",
            "API PUT participant",
            "API DELETE participant",
            "API GET flows",
            "API GET flow",
            "API POST flow",
            "API DELETE flow");

    @Autowired
    ParticipantRepository participants;

    @Autowired
    FlowRepository flows;

    SynergyId synergy;
    /** A partner added to the synergy (its role may change, it may leave), and a company to add. */
    long partner;

    long newcomer;
    /** A flow the synergy links, and one it may link. */
    long linkedFlow;

    long freeFlow;

    @BeforeEach
    void retainOneWithAPartnerAndAFlow() {
        synergy = retained(TITLE);
        List<Long> others = companies.listActiveByInitiative(new InitiativeId(adeto)).stream()
                .map(c -> c.id().value())
                .filter(id -> id != member && id != other)
                .toList();
        partner = others.get(0);
        newcomer = others.get(1);
        participants.add(synergy, new CompanyId(partner), ParticipantRole.PARTNER);
        linkedFlow = flows.listByCompany(new CompanyId(member)).get(0).id().value();
        freeFlow = flows.listByCompany(new CompanyId(other)).get(0).id().value();
        participants.attach(synergy, new FlowId(linkedFlow));
    }

    static Stream<Arguments> everyEndpointForEveryone() {
        return SixRoles.everyEndpointForEveryone(ENDPOINTS);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryone")
    void onlyTheInitiativesFacilitatorsReachASynergysParticipantsAndFlows(String endpoint, Who who) throws Exception {
        boolean read = endpoint.contains("GET");
        int granted = !endpoint.startsWith("API")
                ? 302
                : read ? 200 : endpoint.contains("POST") ? 201 : endpoint.contains("PUT") ? 200 : 204;
        assertOnlyTheFacilitatorReaches(
                endpoint,
                who,
                request(endpoint),
                granted,
                this::state,
                TITLE,
                "\"companyId\"",
                "\"flowId\"",
                "\"role\"");
    }

    /** The synergy's version, participants with their roles and linked flows: what a write changes. */
    String state() {
        Synergy stored = stored(synergy);
        return followUps.of(synergy).orElseThrow().version() + " " + synergies.participantsOf(stored) + " "
                + stored.flowIds();
    }

    MockHttpServletRequestBuilder request(String endpoint) {
        String page = "/initiatives/adeto/synergies/" + synergy;
        String api = "/api/v1/synergies/" + synergy;
        return switch (endpoint) {
            case "POST add participant" ->
                post(page + "/participants")
                        .param("companyId", String.valueOf(newcomer))
                        .param("role", "PARTNER")
                        .param("version", "0");
            case "POST change role" ->
                post(page + "/participants/" + partner)
                        .param("role", "RECEIVER")
                        .param("version", "0");
            case "POST remove participant" ->
                post(page + "/participants/" + partner + "/remove").param("version", "0");
            case "POST attach flow" ->
                post(page + "/flows").param("flowId", String.valueOf(freeFlow)).param("version", "0");
            case "POST detach flow" ->
                post(page + "/flows/" + linkedFlow + "/remove").param("version", "0");
            case "API GET participants" -> json(get(api + "/participants"), null);
            case "API GET participant" -> json(get(api + "/participants/" + partner), null);
            case "API POST participant" ->
                json(
                        post(api + "/participants"),
                        "{\"companyId\": " + newcomer + ", \"role\": \"PARTNER\", \"version\": 0}");
            case "API PUT participant" ->
                json(put(api + "/participants/" + partner), "{\"role\": \"RECEIVER\", \"version\": 0}");
            case "API DELETE participant" ->
                json(delete(api + "/participants/" + partner).param("version", "0"), null);
            case "API GET flows" -> json(get(api + "/flows"), null);
            case "API GET flow" -> json(get(api + "/flows/" + linkedFlow), null);
            case "API POST flow" -> json(post(api + "/flows"), "{\"flowId\": " + freeFlow + ", \"version\": 0}");
            case "API DELETE flow" -> json(delete(api + "/flows/" + linkedFlow).param("version", "0"), null);
            default -> throw new IllegalArgumentException(endpoint);
        };
    }
}
