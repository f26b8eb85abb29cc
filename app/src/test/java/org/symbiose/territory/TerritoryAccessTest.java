package org.symbiose.territory;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.symbiose.WebTestBase;
import org.symbiose.accounts.Role;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * Every territory endpoint for every role: companies are confidential, so only ADETO's facilitators see
 * ADETO's map, GeoJSON, metabolism and CSV. The anonymous visitor is sent to the login page; the
 * coordinator, PIICTO's facilitator, the member of an ADETO company and a member of another company get
 * a 403 that names no company.
 */
class TerritoryAccessTest extends WebTestBase {

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

    static final List<String> ENDPOINTS = List.of(
            "/initiatives/adeto/map",
            "/initiatives/adeto/map.json",
            "/initiatives/adeto/metabolism",
            "/initiatives/adeto/metabolism?view=realised",
            "/initiatives/adeto/metabolism.csv?view=declared&dimension=mass");

    static Stream<Arguments> everyEndpointForEveryone() {
        List<Arguments> cases = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(endpoint, who));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryone")
    void onlyTheInitiativesFacilitatorsSeeItsTerritory(String endpoint, Who who) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(endpoint).with(as(who))).andReturn().getResponse();

        String adetoCompany =
                companies.listByInitiative(new InitiativeId(adetoId())).get(0).name();
        switch (who) {
            case FACILITATOR -> {
                assertThat(response.getStatus()).isEqualTo(200);
                if (endpoint.contains("map.json")) {
                    assertThat(response.getContentAsString()).contains(adetoCompany);
                }
            }
            case ANONYMOUS -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).endsWith("/login");
            }
            default -> {
                assertThat(response.getStatus()).isEqualTo(403);
                assertThat(response.getContentAsString()).doesNotContain(adetoCompany);
            }
        }
    }

    long adetoId() {
        return initiatives.getBySlug("adeto").id().value();
    }

    RequestPostProcessor as(Who who) {
        return switch (who) {
            case ANONYMOUS -> request -> request;
            case COORDINATOR -> as("reseau");
            case FACILITATOR -> as("animation.adeto");
            case OTHER_FACILITATOR -> as("animation.piicto");
            case MEMBER -> as("membre.adeto");
            case OTHER_MEMBER -> user(memberOfAnotherCompany());
        };
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
