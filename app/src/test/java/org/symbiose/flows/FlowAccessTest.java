package org.symbiose.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.engine.flow.Direction;
import org.symbiose.ids.CompanyId;

/**
 * Every endpoint of the flows feature, as every role: anonymous, the network coordinator, a facilitator
 * of the company's initiative, a facilitator of another, a member of the company and a member of another
 * company. Facilitators of the initiative write; the company's member reads; nobody else sees anything.
 * Each request works on a flow or diagnostic of its own, so that a write allowed is really made.
 */
class FlowAccessTest extends FlowTestBase {

    /** The company's member is the test company's own; the demo's member belongs to another company. */
    SixRoles roles;

    @BeforeEach
    void sixRoles() {
        roles = SixRoles.of(context)
                .member(company.member)
                .otherMember("membre.adeto")
                .build();
    }

    @AfterEach
    void closeRoles() {
        roles.close();
    }

    static final String ROW = "label=Palettes bois&direction=OUT&quantity=3&unit=TONNE&version=0";
    static final String FLOW_JSON = """
            {"label": "Palettes bois", "direction": "out", "quantity": 3, "unit": "t", "version": 0}""";
    static final String DIAGNOSTIC_JSON = """
            {"kind": "THEMATIC", "theme": "PALLETS", "performedOn": "2025-05-12", "charterSigned": true}""";

    long freshFlow() {
        return flows.insert(FlowRepositoryTest.label(company.id, Direction.OUT, "Chutes de bois"))
                .value();
    }

    long freshDiagnostic() {
        return flows.insertDiagnostic(new FlowDiagnostic(
                        null, new CompanyId(company.id), DiagnosticKind.FLASH, null, LocalDate.of(2025, 1, 10), false))
                .value();
    }

    /** An endpoint, the request made afresh for each role, and the status each role gets. */
    record Rule(
            String name,
            Function<FlowAccessTest, MockHttpServletRequestBuilder> request,
            int anonymous,
            int coordinator,
            int facilitator,
            int otherFacilitator,
            int member,
            int otherMember) {}

    static final int OK = 200;
    static final int CREATED = 201;
    static final int NO_CONTENT = 204;
    static final int REDIRECT = 302;
    static final int LOGIN = 302;
    static final int UNAUTHORIZED = 401;
    static final int FORBIDDEN = 403;

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(body)
                .with(csrf());
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    String c() {
        return "/companies/" + company.id;
    }

    static Rule page(
            String name, Function<FlowAccessTest, MockHttpServletRequestBuilder> request, int facilitator, int member) {
        return new Rule(name, request, LOGIN, FORBIDDEN, facilitator, FORBIDDEN, member, FORBIDDEN);
    }

    static Rule api(
            String name, Function<FlowAccessTest, MockHttpServletRequestBuilder> request, int facilitator, int member) {
        return new Rule(name, request, UNAUTHORIZED, FORBIDDEN, facilitator, FORBIDDEN, member, FORBIDDEN);
    }

    static List<Rule> rules() {
        return List.of(
                page("grid", t -> get(t.c() + "/flows"), OK, OK),
                page("history", t -> get(t.c() + "/flows/history"), OK, OK),
                page("new row", t -> form(post(t.c() + "/flows/rows"), ROW), CREATED, FORBIDDEN),
                page("edited row", t -> form(post(t.c() + "/flows/rows/" + t.freshFlow()), ROW), OK, FORBIDDEN),
                page(
                        "deleted row",
                        t -> form(post(t.c() + "/flows/rows/" + t.freshFlow() + "/delete"), "version=0"),
                        OK,
                        FORBIDDEN),
                new Rule(
                        "reading",
                        t -> get("/flows/reading").param("label", "palettes"),
                        LOGIN,
                        FORBIDDEN,
                        OK,
                        OK,
                        FORBIDDEN,
                        FORBIDDEN),
                page("new diagnostic form", t -> get(t.c() + "/diagnostics/new"), OK, FORBIDDEN),
                page(
                        "new diagnostic",
                        t -> form(post(t.c() + "/diagnostics"), "kind=FLASH&performedOn=2025-02-03"),
                        REDIRECT,
                        FORBIDDEN),
                page(
                        "diagnostic form",
                        t -> get(t.c() + "/diagnostics/" + t.freshDiagnostic() + "/edit"),
                        OK,
                        FORBIDDEN),
                page(
                        "edited diagnostic",
                        t -> form(
                                post(t.c() + "/diagnostics/" + t.freshDiagnostic()),
                                "kind=FULL&performedOn=2025-02-03&version=0"),
                        REDIRECT,
                        FORBIDDEN),
                page(
                        "deletion confirmation",
                        t -> get(t.c() + "/diagnostics/" + t.freshDiagnostic() + "/delete"),
                        OK,
                        FORBIDDEN),
                page(
                        "deleted diagnostic",
                        t -> form(post(t.c() + "/diagnostics/" + t.freshDiagnostic() + "/delete"), "version=0"),
                        REDIRECT,
                        FORBIDDEN),
                api("API new flow", t -> json(post("/api/v1" + t.c() + "/flows"), FLOW_JSON), CREATED, FORBIDDEN),
                api("API flow", t -> get("/api/v1/flows/" + t.freshFlow()), OK, OK),
                api("API edited flow", t -> json(put("/api/v1/flows/" + t.freshFlow()), FLOW_JSON), OK, FORBIDDEN),
                api(
                        "API deleted flow",
                        t -> delete("/api/v1/flows/" + t.freshFlow()).param("version", "0"),
                        NO_CONTENT,
                        FORBIDDEN),
                api(
                        "API new diagnostic",
                        t -> json(post("/api/v1" + t.c() + "/diagnostics"), DIAGNOSTIC_JSON),
                        CREATED,
                        FORBIDDEN),
                api("API diagnostic", t -> get("/api/v1/diagnostics/" + t.freshDiagnostic()), OK, OK));
    }

    int status(Rule rule, Who who) throws Exception {
        MockHttpServletRequestBuilder request = rule.request().apply(this);
        boolean isApi = rule.name().startsWith("API");
        request = request.with(isApi ? roles.api(who) : roles.page(who));
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void facilitatorsOfTheInitiativeWriteTheCompanysMemberReadsNobodyElseSeesAnything() throws Exception {
        List<String> broken = new ArrayList<>();
        for (Rule rule : rules()) {
            int[] expected = {
                rule.anonymous(),
                rule.coordinator(),
                rule.facilitator(),
                rule.otherFacilitator(),
                rule.member(),
                rule.otherMember()
            };
            Who[] everyone = Who.values();
            for (int i = 0; i < everyone.length; i++) {
                int status = status(rule, everyone[i]);
                if (status != expected[i]) {
                    broken.add(rule.name() + " as " + everyone[i] + ": " + status + ", expected " + expected[i]);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        String location =
                mvc.perform(get(c() + "/flows")).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).endsWith("/login");
    }
}
