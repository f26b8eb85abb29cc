package org.symbiose.territory;

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
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.WebTestBase;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * Every territory endpoint for every role: companies are confidential, so only ADETO's facilitators see
 * ADETO's map, GeoJSON, metabolism and CSV. The anonymous visitor is sent to the login page; the
 * coordinator, PIICTO's facilitator, the member of an ADETO company and a member of a PIICTO company get
 * a 403 that names no company.
 */
class TerritoryAccessTest extends WebTestBase {

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    CompanyRepository companies;

    static final List<String> ENDPOINTS = List.of(
            "/initiatives/adeto/map",
            "/initiatives/adeto/map.json",
            "/initiatives/adeto/metabolism",
            "/initiatives/adeto/metabolism?view=realised",
            "/initiatives/adeto/metabolism.csv?view=declared&dimension=mass");

    static Stream<Arguments> everyEndpointForEveryone() {
        return SixRoles.everyEndpointForEveryone(ENDPOINTS);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryone")
    void onlyTheInitiativesFacilitatorsSeeItsTerritory(String endpoint, Who who) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(endpoint).with(sixRolesOfAdeto().page(who)))
                .andReturn()
                .getResponse();

        String adetoCompany =
                companies.listByInitiative(new InitiativeId(adetoId())).get(0).name();
        if (who == Who.FACILITATOR) {
            assertThat(response.getStatus()).isEqualTo(200);
            if (endpoint.contains("map.json")) {
                assertThat(response.getContentAsString()).contains(adetoCompany);
            }
        } else {
            assertRefused(response, who, false, adetoCompany);
        }
    }

    long adetoId() {
        return initiatives.getBySlug("adeto").id().value();
    }
}
