package org.symbiose.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.symbiose.WebTestBase;

/**
 * The API authenticates by HTTP Basic only and never reads the session: a page a facilitator has
 * open cannot be used by another site to make their browser act on the API with its cookie (the API
 * has no CSRF token to check, so it must not accept the cookie at all).
 */
class ApiIgnoresSessionTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoggedInBrowserSessionDoesNotAuthenticateTheApi() throws Exception {
        long adeto = jdbc.sql("select id from initiative where slug = 'adeto'")
                .query(Long.class)
                .single();
        var session = new MockHttpSession();
        mvc.perform(post("/login")
                        .param("username", "animation.adeto")
                        .param("password", "demo")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/companies").session(session)).andExpect(status().isOk());

        String companies = "/api/v1/initiatives/" + adeto + "/companies";
        mvc.perform(get(companies).session(session)).andExpect(status().isUnauthorized());
        mvc.perform(post(companies)
                        .session(session)
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/initiatives/" + adeto)
                        .session(session)
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/initiatives/" + adeto).session(session)).andExpect(status().isUnauthorized());
        // Not even with the page's CSRF token: the API takes no cookie at all.
        mvc.perform(post(companies)
                        .session(session)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
