package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.WebTestBase;
import org.symbiose.initiatives.InitiativeRepository;

/** Every access rule of ARCHITECTURE.md (access table), for each role, on the demo data. */
class AccessRulesTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InitiativeRepository initiatives;

    long initiativeId(String slug) {
        return jdbc.sql("select id from initiative where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    long companyId(String externalId, String slug) {
        return jdbc.sql("select c.id from company c join initiative i on i.id = c.initiative_id"
                        + " where i.slug = ? and c.external_id = ?")
                .params(slug, externalId)
                .query(Long.class)
                .single();
    }

    @Test
    void publicSeesHomeSheetsAndPdfsWithoutLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/initiatives/adeto")).andExpect(status().isOk());
        mvc.perform(get("/initiatives/adeto/sheet.pdf")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/initiatives"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(8));
        mvc.perform(get("/api/v1/initiatives/" + initiativeId("piicto"))).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/initiatives/{id}/companies']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/network/compendium.pdf']").exists());
    }

    @Test
    void anonymousApiCallerGets401OnCompanies() throws Exception {
        mvc.perform(get("/api/v1/initiatives/" + initiativeId("adeto") + "/companies"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anonymousPageVisitorIsSentToLoginForCompanies() throws Exception {
        mvc.perform(get("/companies")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/companies/" + companyId("a1", "adeto")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void facilitatorSeesOwnInitiativeCompaniesWithFlows() throws Exception {
        mvc.perform(get("/api/v1/initiatives/" + initiativeId("adeto") + "/companies")
                        .with(httpBasic("animation.adeto", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(60)))
                .andExpect(jsonPath("$[0].flows").isArray());
    }

    @Test
    void facilitatorOfAnotherInitiativeGets403OnCompaniesAndFlows() throws Exception {
        mvc.perform(get("/api/v1/initiatives/" + initiativeId("adeto") + "/companies")
                        .with(httpBasic("animation.piicto", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/companies/" + companyId("a1", "adeto")).with(as("animation.piicto")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/companies").param("initiative", "adeto").with(as("animation.piicto")))
                .andExpect(status().isForbidden());
    }

    @Test
    void networkCoordinatorDoesNotSeeCompanyFlows() throws Exception {
        mvc.perform(get("/api/v1/initiatives/" + initiativeId("adeto") + "/companies")
                        .with(httpBasic("reseau", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/companies/" + companyId("a1", "adeto")).with(as("reseau")))
                .andExpect(status().isForbidden());
    }

    @Test
    void facilitatorBrowsesTheCompanyDirectoryAndACompanyFile() throws Exception {
        String someCompany = jdbc.sql("select name from company where external_id = 'a1'")
                .query(String.class)
                .single();
        String directory = mvc.perform(get("/companies").with(as("animation.adeto")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(directory).contains(org.springframework.web.util.HtmlUtils.htmlEscape(someCompany));
        mvc.perform(get("/companies/" + companyId("a1", "adeto")).with(as("animation.adeto")))
                .andExpect(status().isOk());
    }

    @Test
    void memberFindsTheirCompanyFromTheirAccount() throws Exception {
        mvc.perform(get("/my-company").with(as("membre.adeto")))
                .andExpect(redirectedUrl("/companies/" + companyId("a1", "adeto")));
    }

    @Test
    void memberSeesOnlyOwnCompany() throws Exception {
        mvc.perform(get("/companies/" + companyId("a1", "adeto")).with(as("membre.adeto")))
                .andExpect(status().isOk());
        mvc.perform(get("/companies/" + companyId("a2", "adeto")).with(as("membre.adeto")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/initiatives/" + initiativeId("adeto") + "/companies")
                        .with(httpBasic("membre.adeto", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/companies").with(as("membre.adeto"))).andExpect(status().isForbidden());
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(get("/api/v1/initiatives/" + initiativeId("adeto") + "/companies")
                        .with(httpBasic("animation.adeto", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void publicPagesNeverShowCompanyNamesOrFlows() throws Exception {
        String someCompany = jdbc.sql("select name from company where external_id = 'a1'")
                .query(String.class)
                .single();
        String someFlow = jdbc.sql("select label from flow where external_id = 'f1'")
                .query(String.class)
                .single();
        String sheet =
                mvc.perform(get("/initiatives/adeto")).andReturn().getResponse().getContentAsString();
        String api = mvc.perform(get("/api/v1/initiatives/" + initiativeId("adeto")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(sheet).doesNotContain(someCompany).doesNotContain(someFlow);
        assertThat(api).doesNotContain(someCompany).doesNotContain(someFlow);
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(as("animation.adeto"))).andExpect(status().isForbidden());
    }

    @Test
    void loginFormRequiresCsrfAndLogsIn() throws Exception {
        mvc.perform(post("/login").param("username", "animation.adeto").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(
                        post("/login")
                                .param("username", "animation.adeto")
                                .param("password", "demo")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void unpublishedSheetIsSeenOnlyByTheNetworkAndItsFacilitators() throws Exception {
        jdbc.sql("update initiative set published = false where slug = 'adeto'").update();
        initiatives.forgetCached();
        try {
            // Answered as if it did not exist: a redirect to the login page would tell that it does.
            mvc.perform(get("/initiatives/adeto")).andExpect(status().isNotFound());
            mvc.perform(get("/initiatives/adeto/sheet.pdf")).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/initiatives/" + initiativeId("adeto"))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/initiatives/" + initiativeId("adeto") + "/sheet.pdf"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/initiatives/adeto").with(as("animation.piicto"))).andExpect(status().isNotFound());
            mvc.perform(get("/initiatives/adeto").with(as("reseau"))).andExpect(status().isOk());
            mvc.perform(get("/initiatives/adeto").with(as("animation.adeto"))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/initiatives"))
                    .andExpect(jsonPath("$.length()").value(7));
        } finally {
            jdbc.sql("update initiative set published = true where slug = 'adeto'")
                    .update();
            initiatives.forgetCached();
        }
    }

    @Test
    void passwordsAreStoredHashed() {
        var hashes = jdbc.sql("select password_hash from account")
                .query(String.class)
                .list();
        assertThat(hashes)
                .hasSize(4)
                .allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo"));
    }

    @Test
    void unknownInitiativeIs404() throws Exception {
        mvc.perform(get("/initiatives/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/initiatives/999999")).andExpect(status().isNotFound());
    }
}
