package org.symbiose.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.symbiose.SixRoles.assertRefused;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.WebTestBase;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * Every dashboard endpoint (pages, JSON, the tables as CSV) for every role: an initiative's dashboard
 * (aggregated numbers, no company named) for its facilitators and the network coordinator; the network's
 * for everyone. Pages are asked with a session, the API by HTTP Basic.
 */
class DashboardAccessTest extends WebTestBase {

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    CompanyRepository companies;

    static final List<String> ENDPOINTS = List.of(
            "initiative page",
            "initiative API",
            "network page",
            "network API",
            "initiative page CSV",
            "initiative API CSV",
            "network page CSV",
            "network API CSV");

    static Stream<Arguments> everyEndpointForEveryone() {
        return SixRoles.everyEndpointForEveryone(ENDPOINTS);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryone")
    void theInitiativesDashboardIsForItsFacilitatorsAndTheCoordinatorTheNetworksForAll(String endpoint, Who who)
            throws Exception {
        boolean api = endpoint.contains("API");
        boolean csv = endpoint.endsWith("CSV");
        MockHttpServletResponse response = mvc.perform(request(endpoint)
                        .with(
                                api
                                        ? sixRolesOfAdeto().api(who)
                                        : sixRolesOfAdeto().page(who)))
                .andReturn()
                .getResponse();

        boolean network = endpoint.startsWith("network");
        if (network || who == Who.FACILITATOR || who == Who.COORDINATOR) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString())
                    .contains(csv ? "Période;" : api ? "\"periods\"" : "dashboard-table")
                    .doesNotContain(companyName());
        } else {
            assertRefused(response, who, api, "\"periods\"", "Période;", "dashboard-table");
        }
    }

    MockHttpServletRequestBuilder request(String endpoint) {
        long adeto = initiatives.getBySlug("adeto").id().value();
        return switch (endpoint) {
            case "initiative page" -> get("/initiatives/adeto/dashboard");
            case "initiative API" -> get("/api/v1/initiatives/" + adeto + "/dashboard");
            case "network page" -> get("/network/dashboard");
            case "network API" -> get("/api/v1/network/dashboard");
            case "initiative page CSV" -> get("/initiatives/adeto/dashboard?download=tonnes");
            case "initiative API CSV" -> get("/api/v1/initiatives/" + adeto + "/dashboard/tonnes.csv");
            case "network page CSV" -> get("/network/dashboard?download=status");
            case "network API CSV" -> get("/api/v1/network/dashboard/status.csv");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    /** The member's company: a dashboard never names it. */
    String companyName() {
        long company = ((SymbioseUser) users.loadUserByUsername("membre.adeto"))
                .companyId()
                .value();
        long adeto = initiatives.getBySlug("adeto").id().value();
        return companies.listByInitiative(new InitiativeId(adeto)).stream()
                .filter(c -> c.id().value() == company)
                .findFirst()
                .orElseThrow()
                .name();
    }
}
