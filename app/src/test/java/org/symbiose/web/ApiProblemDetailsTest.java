package org.symbiose.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.symbiose.WebTestBase;

/** Every error of the API answers RFC 9457 problem details, in French by default and in English on request. */
class ApiProblemDetailsTest extends WebTestBase {

    private static final String NBSP = "\u00a0";

    @Autowired
    JdbcClient jdbc;

    long id(String slug) {
        return jdbc.sql("select id from initiative where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    ResultActions problem(ResultActions result, int status, String type) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:symbiose:problem:" + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("\tat "))));
    }

    @Test
    void idsNoInitiativeCanHaveAreNotFound() throws Exception {
        for (String id : new String[] {"0", "-1", "-9223372036854775808", "99999999999999999999", "999999"}) {
            for (String suffix : new String[] {"", "/sheet.pdf"}) {
                problem(mvc.perform(get("/api/v1/initiatives/" + id + suffix)), 404, "not-found")
                        .andExpect(jsonPath("$.detail").value(containsString(id)));
            }
            for (String suffix : new String[] {"/companies", "/opportunities"}) {
                problem(
                        mvc.perform(
                                get("/api/v1/initiatives/" + id + suffix).with(httpBasic("animation.adeto", "demo"))),
                        404,
                        "not-found");
            }
        }
    }

    @Test
    void notFoundSpeaksFrenchByDefaultAndEnglishOnRequest() throws Exception {
        problem(mvc.perform(get("/api/v1/initiatives/0")), 404, "not-found")
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "fr"))
                .andExpect(jsonPath("$.title").value("Introuvable"))
                .andExpect(jsonPath("$.detail").value("Aucune démarche «" + NBSP + "0" + NBSP + "»."))
                .andExpect(jsonPath("$.instance").value("/api/v1/initiatives/0"));
        problem(
                        mvc.perform(get("/api/v1/initiatives/0").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8")),
                        404,
                        "not-found")
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No initiative \"0\"."));
        problem(
                        mvc.perform(get("/api/v1/nowhere")
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "de, en;q=0.5")
                                .with(httpBasic("reseau", "demo"))),
                        404,
                        "not-found")
                .andExpect(jsonPath("$.detail").value("Nothing is at the address \"/api/v1/nowhere\"."));
        problem(
                        mvc.perform(get("/api/v1/nowhere")
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "de;q=x,,")
                                .with(httpBasic("reseau", "demo"))),
                        404,
                        "not-found")
                .andExpect(jsonPath("$.title").value("Introuvable"));
    }

    @Test
    void aMalformedIdIsABadRequestNamingIt() throws Exception {
        problem(mvc.perform(get("/api/v1/initiatives/abc")), 400, "validation")
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Le paramètre «" + NBSP + "id" + NBSP + "» doit être un nombre entier" + NBSP
                                + "; reçu «" + NBSP + "abc" + NBSP + "»."));
        problem(
                        mvc.perform(get("/api/v1/initiatives/1.5/sheet.pdf").header(HttpHeaders.ACCEPT_LANGUAGE, "en")),
                        400,
                        "validation")
                .andExpect(jsonPath("$.detail").value("Parameter \"id\" must be a whole number; got \"1.5\"."));
    }

    @Test
    void badParametersAreNamedWithWhatIsExpected() throws Exception {
        String opportunities = "/api/v1/initiatives/" + id("adeto") + "/opportunities";
        problem(
                        mvc.perform(get(opportunities).param("top", "abc").with(httpBasic("animation.adeto", "demo"))),
                        400,
                        "validation")
                .andExpect(jsonPath("$.errors[0].field").value("top"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("nombre entier")));
        problem(
                        mvc.perform(get(opportunities)
                                .param("variety", "maybe")
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                                .with(httpBasic("animation.adeto", "demo"))),
                        400,
                        "validation")
                .andExpect(jsonPath("$.errors[0].field").value("variety"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Parameter \"variety\" is true or false; got \"maybe\"."));
        problem(
                        mvc.perform(get(opportunities)
                                .param("top", "0")
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                                .with(httpBasic("animation.adeto", "demo"))),
                        400,
                        "validation")
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Parameter \"top\" must be between 1 and 100; got \"0\"."));
        problem(
                        mvc.perform(get(opportunities)
                                .param("max-distance-km", "-3")
                                .with(httpBasic("animation.adeto", "demo"))),
                        400,
                        "validation")
                .andExpect(jsonPath("$.errors[0].field").value("max-distance-km"));
        problem(
                        mvc.perform(get("/api/v1/nomenclatures/waste")
                                .param("q", "bois")
                                .param("limit", "x")),
                        400,
                        "validation")
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        problem(
                        mvc.perform(get("/api/v1/nomenclatures/waste")
                                .param("q", "bois")
                                .param("limit", "1000")),
                        400,
                        "validation")
                .andExpect(jsonPath("$.detail")
                        .value("Le paramètre «" + NBSP + "limit" + NBSP + "» doit être compris entre 1 et 100" + NBSP
                                + "; reçu «" + NBSP + "1000" + NBSP + "»."));
        problem(
                        mvc.perform(get("/api/v1/nomenclatures/naf").header(HttpHeaders.ACCEPT_LANGUAGE, "en")),
                        400,
                        "validation")
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value("Parameter \"q\" is required."));
        problem(mvc.perform(get("/api/v1/nomenclatures/naf/99.99Z")), 404, "not-found")
                .andExpect(jsonPath("$.detail").value("Aucun code NAF ne s’écrit «" + NBSP + "99.99Z" + NBSP + "»."));
    }

    @Test
    void securityRefusalsAreProblemsToo() throws Exception {
        String companies = "/api/v1/initiatives/" + id("adeto") + "/companies";
        problem(mvc.perform(get(companies)), 401, "unauthenticated")
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic")))
                .andExpect(jsonPath("$.title").value("Authentification requise"));
        problem(
                        mvc.perform(get(companies)
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                                .with(httpBasic("animation.adeto", "wrong"))),
                        401,
                        "unauthenticated")
                .andExpect(jsonPath("$.detail").value("Wrong username or password."));
        problem(mvc.perform(get(companies).with(httpBasic("animation.piicto", "demo"))), 403, "forbidden")
                .andExpect(jsonPath("$.detail").value("Votre compte n’a pas accès à cette ressource."));
        problem(mvc.perform(get(companies).with(httpBasic("reseau", "demo"))), 403, "forbidden");
    }

    @Test
    void methodsAndFormatsTheApiDoesNotServeAreNamed() throws Exception {
        problem(
                        mvc.perform(request(HttpMethod.DELETE, "/api/v1/initiatives/" + id("adeto"))
                                .with(httpBasic("reseau", "demo"))),
                        405,
                        "method-not-allowed")
                .andExpect(header().string(HttpHeaders.ALLOW, containsString("GET")));
        problem(
                        mvc.perform(get("/api/v1/initiatives")
                                .header(HttpHeaders.ACCEPT, "application/xml")
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")),
                        406,
                        "not-acceptable")
                .andExpect(jsonPath("$.title").value("Not acceptable"));
        problem(
                mvc.perform(get("/api/v1/initiatives/" + id("adeto") + "/sheet.pdf")
                        .header(HttpHeaders.ACCEPT, "text/csv")),
                406,
                "not-acceptable");
        problem(
                mvc.perform(post("/api/v1/initiatives")
                        .contentType("text/csv")
                        .content("a;b")
                        .with(httpBasic("reseau", "demo"))),
                405,
                "method-not-allowed");
    }
}
