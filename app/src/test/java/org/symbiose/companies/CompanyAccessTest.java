package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * Every endpoint of the company form and the companies write API, for every role: only ADETO's
 * facilitators create, edit, archive and restore ADETO's companies. Anonymous visitors are sent to
 * the login page (pages) or answered 401 (API); the coordinator, the other initiative's facilitator,
 * the company's own member and a member of another company are answered 403, and nothing changes.
 */
class CompanyAccessTest extends CompanyTestSupport {

    Company company;

    /** The company's member is created here; the demo's member belongs to another company of ADETO. */
    SixRoles roles;

    /** One endpoint: the request for a company id, whether it is a page, the status a facilitator gets. */
    record Endpoint(String name, LongFunction<MockHttpServletRequestBuilder> request, boolean page, int success) {}

    @BeforeEach
    void companyAndItsMember() {
        company = saved("Palettes du Brusc");
        roles = SixRoles.of(context)
                .memberOf(company.id().value())
                .otherMember("membre.adeto")
                .build();
    }

    @AfterEach
    void removeTheMember() {
        roles.close();
    }

    List<Endpoint> endpoints() {
        String json = CompanyApiTest.VALID
                .replace("Palettes du Brusc", "Bois du Brusc")
                .replace("73282932000074", "");
        return List.of(
                new Endpoint("new form", id -> get("/companies/new?initiative=adeto"), true, 200),
                new Endpoint(
                        "create", id -> post("/companies/new?initiative=adeto").params(withoutSiret()), true, 302),
                new Endpoint("edit form", id -> get("/companies/" + id + "/edit"), true, 200),
                new Endpoint(
                        "edit",
                        id -> post("/companies/" + id + "/edit")
                                .params(newCompany("Bois du Brusc"))
                                .param("version", version(id)),
                        true,
                        302),
                new Endpoint(
                        "archive",
                        id -> post("/companies/" + id + "/archive").param("version", version(id)),
                        true,
                        302),
                new Endpoint(
                        "restore",
                        id -> post("/companies/" + id + "/restore").param("version", version(id)),
                        true,
                        302),
                new Endpoint("API get", id -> get("/api/v1/companies/" + id), false, 200),
                new Endpoint(
                        "API create",
                        id -> post("/api/v1/initiatives/" + adeto + "/companies")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.replace("Bois du Brusc", "Scierie du Brusc")),
                        false,
                        201),
                new Endpoint(
                        "API put",
                        id -> put("/api/v1/companies/" + id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json),
                        false,
                        200),
                new Endpoint("API archive", id -> post("/api/v1/companies/" + id + "/archive"), false, 200),
                new Endpoint("API restore", id -> post("/api/v1/companies/" + id + "/restore"), false, 200));
    }

    /** The company's current version, as its pages give it. */
    String version(long id) {
        return String.valueOf(companies.version(new CompanyId(id)));
    }

    /** A new company that duplicates nothing: the test company already has the SIRET. */
    static org.springframework.util.MultiValueMap<String, String> withoutSiret() {
        var fields = newCompany("Bois du Brusc");
        fields.set("siret", "");
        return fields;
    }

    MockHttpServletResponse call(Endpoint endpoint, Who who) throws Exception {
        MockHttpServletRequestBuilder request =
                endpoint.request().apply(company.id().value());
        request = request.with(endpoint.page() ? roles.page(who) : roles.api(who));
        if (endpoint.page()) {
            request = request.with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndChangeNothing() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            MockHttpServletResponse response = call(endpoint, Who.ANONYMOUS);
            if (endpoint.page()) {
                assertThat(response.getStatus()).as(endpoint.name()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).as(endpoint.name()).endsWith("/login");
            } else {
                assertThat(response.getStatus()).as(endpoint.name()).isEqualTo(401);
            }
        }
        assertUnchanged();
    }

    @Test
    void theCoordinatorTheOtherFacilitatorAndMembersAreRefused() throws Exception {
        for (Who who : List.of(Who.COORDINATOR, Who.OTHER_FACILITATOR, Who.MEMBER, Who.OTHER_MEMBER)) {
            for (Endpoint endpoint : endpoints()) {
                assertThat(call(endpoint, who).getStatus())
                        .as("%s on %s", who, endpoint.name())
                        .isEqualTo(403);
            }
        }
        assertUnchanged();
    }

    @Test
    void theInitiativesFacilitatorReachesEveryEndpoint() throws Exception {
        long before = companiesOfAdeto();
        for (Endpoint endpoint : endpoints()) {
            assertThat(call(endpoint, Who.FACILITATOR).getStatus())
                    .as(endpoint.name())
                    .isEqualTo(endpoint.success());
        }
        assertThat(companiesOfAdeto()).isEqualTo(before + 2);
        assertThat(companies.getById(company.id()).name()).isEqualTo("Bois du Brusc");
    }

    @Test
    void theCompanysOwnMemberStillReadsTheFileButSeesNoEditButton() throws Exception {
        var file = page(get("/companies/" + company.id().value()).with(roles.page(Who.MEMBER)));
        assertThat(file.select("h1").text()).contains("Palettes du Brusc");
        assertThat(file.select(".company-actions")).isEmpty();
        var facilitatorsFile = page(get("/companies/" + company.id().value()).with(roles.page(Who.FACILITATOR)));
        assertThat(facilitatorsFile.select(".company-actions a").attr("href"))
                .isEqualTo("/companies/" + company.id().value() + "/edit");
    }

    private void assertUnchanged() {
        assertThat(companies.getById(company.id())).isEqualTo(company);
        assertThat(history.list(company.id())).isEmpty();
        assertThat(companies.listByInitiative(new InitiativeId(adeto)))
                .extracting(Company::name)
                .doesNotContain("Bois du Brusc", "Scierie du Brusc");
    }
}
