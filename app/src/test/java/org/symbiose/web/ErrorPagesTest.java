package org.symbiose.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.RequestBuilder;
import org.symbiose.WebTestBase;
import org.symbiose.initiatives.InitiativeRepository;

/** Pages that fail show the error page in the reader's language, saying what is wrong, never a stack trace. */
class ErrorPagesTest extends WebTestBase {

    private static final String NBSP = "\u00a0";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InitiativeRepository initiatives;

    /** The sentence the error page shows, after checking the status and that nothing technical leaks. */
    String detail(RequestBuilder request, int status) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<html").doesNotContain("Exception").doesNotContain("\tat ");
        return Jsoup.parse(html).select(".error-detail").first().wholeText();
    }

    @Test
    void unknownSheetIsNotFoundInFrenchAndInEnglish() throws Exception {
        assertThat(detail(get("/initiatives/nope"), 404)).isEqualTo("Aucune démarche «" + NBSP + "nope" + NBSP + "».");
        assertThat(detail(get("/initiatives/nope").param("lang", "en"), 404)).isEqualTo("No initiative \"nope\".");
        assertThat(detail(get("/no/such/page").with(as("membre.adeto")), 404))
                .isEqualTo("Rien ne se trouve à l’adresse «" + NBSP + "/no/such/page" + NBSP + "».");
    }

    @Test
    void unpublishedSheetLooksExactlyLikeAnUnknownOneToAnonymousVisitors() throws Exception {
        jdbc.sql("update initiative set published = false where slug = 'adeto'").update();
        initiatives.forgetCached();
        try {
            assertThat(detail(get("/initiatives/adeto"), 404))
                    .isEqualTo("Aucune démarche «" + NBSP + "adeto" + NBSP + "».");
            assertThat(detail(get("/initiatives/adeto/sheet.pdf"), 404)).contains("adeto");
            assertThat(detail(get("/initiatives/adeto").with(as("membre.adeto")), 404))
                    .contains("adeto");
        } finally {
            jdbc.sql("update initiative set published = true where slug = 'adeto'")
                    .update();
            initiatives.forgetCached();
        }
    }

    @Test
    void companyIdsThatCannotExistAreNotFoundAndMalformedOnesNamed() throws Exception {
        for (String id : new String[] {"0", "-1", "99999999999999999999", "-9223372036854775808"}) {
            detail(get("/companies/" + id).with(as("animation.adeto")), 404);
        }
        assertThat(detail(get("/companies/abc").with(as("animation.adeto")), 400))
                .isEqualTo("Le paramètre «" + NBSP + "id" + NBSP + "» doit être un nombre entier" + NBSP + "; reçu «"
                        + NBSP + "abc" + NBSP + "».");
        assertThat(detail(get("/companies/abc").param("lang", "en").with(as("animation.adeto")), 400))
                .isEqualTo("Parameter \"id\" must be a whole number; got \"abc\".");
        assertThat(detail(
                        get("/initiatives/adeto/opportunities")
                                .param("max-km", "x")
                                .with(as("animation.adeto")),
                        400))
                .contains("max-km");
    }

    @Test
    void aPageReservedToOthersSaysSo() throws Exception {
        assertThat(detail(get("/admin/initiatives/new").with(as("animation.adeto")), 403))
                .isEqualTo("Votre compte n’a pas accès à cette ressource.");
        assertThat(detail(get("/admin/initiatives/new").param("lang", "en").with(as("membre.adeto")), 403))
                .isEqualTo("Your account has no access to this resource.");
    }

    @Test
    void aMethodThePageDoesNotTakeIsNamed() throws Exception {
        assertThat(detail(
                        request(HttpMethod.DELETE, "/initiatives/adeto")
                                .with(csrf())
                                .with(as("reseau")),
                        405))
                .startsWith("La méthode DELETE n’est pas permise à cette adresse");
        mvc.perform(request(HttpMethod.DELETE, "/initiatives/adeto")
                        .with(csrf())
                        .with(as("reseau")))
                .andExpect(header().string(HttpHeaders.ALLOW, org.hamcrest.Matchers.containsString("GET")));
    }

    @Test
    void theContainersErrorPageAnswersPagesAndApiAlike() throws Exception {
        assertThat(detail(
                        get("/error")
                                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/initiatives/x"),
                        400))
                .isEqualTo("La requête est invalide" + NBSP + ": vérifiez ses paramètres.");
        String problem = mvc.perform(get("/error")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/initiatives"))
                .andExpect(status().is(500))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_TYPE, org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem)
                .contains("\"type\":\"urn:symbiose:problem:internal-error\"")
                .contains("Something unexpected went wrong; it was logged under the reference ");
        detail(get("/error"), 404);
    }

    @Test
    void aUrlTheFirewallRejectsGetsAProblemOnTheRealServer() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> api = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/initiatives;x=1"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue(HttpHeaders.CONTENT_TYPE))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"title\":\"Bad request\"").doesNotContain("Exception");

        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/initiatives;x=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(page.body()).select(".error-detail").first().wholeText())
                .isEqualTo("La requête est invalide" + NBSP + ": vérifiez ses paramètres.");
    }
}
