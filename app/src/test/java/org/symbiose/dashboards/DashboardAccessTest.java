package org.symbiose.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.symbiose.WebTestBase;
import org.symbiose.accounts.Role;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * Every dashboard endpoint (pages, JSON, the tables as CSV) for every role: an initiative's dashboard (aggregated numbers, no company
 * named) for its facilitators and the network coordinator; the network's for everyone.
 */
class DashboardAccessTest extends WebTestBase {

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    CompanyRepository companies;

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        FACILITATOR,
        OTHER_FACILITATOR,
        MEMBER,
        OTHER_MEMBER
    }

    static Stream<Arguments> everyEndpointForEveryone() {
        List<Arguments> cases = new ArrayList<>();
        for (String endpoint : List.of(
                "initiative page",
                "initiative API",
                "network page",
                "network API",
                "initiative page CSV",
                "initiative API CSV",
                "network page CSV",
                "network API CSV")) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(endpoint, who));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryone")
    void theInitiativesDashboardIsForItsFacilitatorsAndTheCoordinatorTheNetworksForAll(String endpoint, Who who)
            throws Exception {
        boolean api = endpoint.contains("API");
        boolean csv = endpoint.endsWith("CSV");
        MockHttpServletResponse response =
                mvc.perform(with(request(endpoint), who, api)).andReturn().getResponse();

        boolean network = endpoint.startsWith("network");
        if (network || who == Who.FACILITATOR || who == Who.COORDINATOR) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString())
                    .contains(csv ? "Période;" : api ? "\"periods\"" : "dashboard-table")
                    .doesNotContain(companyName());
        } else if (who == Who.ANONYMOUS) {
            if (api) {
                assertThat(response.getStatus()).isEqualTo(401);
            } else {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).endsWith("/login");
            }
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentAsString())
                    .doesNotContain("\"periods\"")
                    .doesNotContain("Période;")
                    .doesNotContain("dashboard-table");
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

    MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Who who, boolean api) {
        if (who == Who.ANONYMOUS) {
            return request;
        }
        if (who == Who.OTHER_MEMBER) {
            return request.with(user(memberOfAnotherCompany()));
        }
        String username = switch (who) {
            case COORDINATOR -> "reseau";
            case FACILITATOR -> "animation.adeto";
            case OTHER_FACILITATOR -> "animation.piicto";
            default -> "membre.adeto";
        };
        RequestPostProcessor auth = api ? httpBasic(username, "demo") : as(username);
        return request.with(auth);
    }

    /** The member's company: a dashboard never names it. */
    String companyName() {
        long company = ((SymbioseUser) users.loadUserByUsername("membre.adeto")).companyId();
        long adeto = initiatives.getBySlug("adeto").id().value();
        return companies.listByInitiative(new InitiativeId(adeto)).stream()
                .filter(c -> c.id().value() == company)
                .findFirst()
                .orElseThrow()
                .name();
    }

    /** A member of a PIICTO company, held in memory only. */
    SymbioseUser memberOfAnotherCompany() {
        long piicto = initiatives.getBySlug("piicto").id().value();
        long other =
                companies.listByInitiative(new InitiativeId(piicto)).get(0).id().value();
        return new SymbioseUser(
                -1, "membre.autre", "{noop}x", Role.MEMBER, "Membre d'une autre entreprise", Set.of(), other, true);
    }
}
