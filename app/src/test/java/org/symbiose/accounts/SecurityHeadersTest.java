package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.WebTestBase;

/**
 * Every response carries the security headers, and no page needs an inline script or style, so the
 * Content-Security-Policy can forbid them: a name that slipped through escaping still could not run.
 */
class SecurityHeadersTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    long companyId() {
        return jdbc.sql("select c.id from company c join initiative i on i.id = c.initiative_id"
                        + " where i.slug = 'adeto' and c.external_id = 'a1'")
                .query(Long.class)
                .single();
    }

    List<MockHttpServletRequestBuilder> pages() {
        return List.of(
                get("/"),
                get("/login"),
                get("/sources"),
                get("/initiatives/adeto"),
                get("/initiatives/nope"),
                get("/initiatives/adeto/edit/identity").with(as("animation.adeto")),
                get("/initiatives/adeto/edit/key-figures").with(as("animation.adeto")),
                get("/initiatives/adeto/edit/means").with(as("animation.adeto")),
                get("/companies").with(as("animation.adeto")),
                get("/companies/" + companyId()).with(as("animation.adeto")),
                get("/initiatives/adeto/opportunities").with(as("animation.adeto")),
                get("/account/password").with(as("animation.adeto")),
                get("/admin/accounts").with(as("reseau")),
                get("/initiatives/adeto/accounts").with(as("animation.adeto")),
                get("/admin/initiatives/new").with(as("reseau")));
    }

    @Test
    void everyPageAndApiAnswerCarriesTheSecurityHeaders() throws Exception {
        var requests = new ArrayList<>(pages());
        requests.add(get("/css/app.css"));
        requests.add(get("/js/map.js"));
        requests.add(get("/api/v1/initiatives"));
        requests.add(get("/api/v1/initiatives/999999"));
        requests.add(get("/api/v1/initiatives/1/companies"));
        for (var request : requests) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String what = request.buildRequest(new org.springframework.mock.web.MockServletContext())
                            .getRequestURI()
                    + " (" + response.getStatus() + ")";
            assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
            String policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).as(what).contains("frame-ancestors 'none'");
            assertThat(policy).as(what).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.getHeaders("Content-Security-Policy")).as(what).hasSize(1);
        }
    }

    @Test
    void pagePolicyAllowsNothingFromOutsideButMapTiles() throws Exception {
        String policy = mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'");
        List<String> outside = new ArrayList<>();
        for (String word : policy.split("[ ;]+")) {
            if (word.contains("://")) {
                outside.add(word);
            }
        }
        assertThat(outside).containsExactly("https://tile.openstreetmap.org");
        assertThat(policy).containsPattern("img-src [^;]*https://tile\\.openstreetmap\\.org");

        String apiDocs = mvc.perform(get("/swagger-ui/index.html"))
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(apiDocs)
                .as("Swagger UI's bundle sets inline styles; scripts stay files only")
                .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';", "frame-ancestors 'none'");
    }

    @Test
    void noPageHasInlineScriptsStylesOrEventHandlersAndEveryFormCarriesItsCsrfToken() throws Exception {
        for (var request : pages()) {
            String html = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Document page = Jsoup.parse(html);
            String what = page.title();
            assertThat(page.select("script:not([src])"))
                    .as("inline script in %s", what)
                    .isEmpty();
            assertThat(page.select("style")).as("style element in %s", what).isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey())
                            .as("attribute of <%s> in %s", element.tagName(), what)
                            .isNotEqualTo("style")
                            .doesNotStartWith("on");
                }
            }
            for (Element form : page.select("form")) {
                if (form.attr("method").equalsIgnoreCase("get")) {
                    // A filter or a search: it reads, changes nothing, and needs no token.
                    assertThat(form.select("input[name=_csrf]"))
                            .as("token in GET form of %s", what)
                            .isEmpty();
                    continue;
                }
                assertThat(form.attr("method"))
                        .as("form %s in %s", form.attr("action"), what)
                        .isEqualTo("post");
                assertThat(form.select("input[type=hidden][name=_csrf]").attr("value"))
                        .as("CSRF token of form %s in %s", form.attr("action"), what)
                        .isNotBlank();
            }
            for (Element source : page.select("script[src], link[href], img[src]")) {
                String url = source.hasAttr("src") ? source.attr("src") : source.attr("href");
                assertThat(url)
                        .as("resource loaded by %s", what)
                        .startsWith("/")
                        .doesNotStartWith("//");
            }
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndSecureBehindHttps() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> plain = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(plain);
        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
        assertThat(cookie).doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");

        // A reverse proxy on the same machine terminates HTTPS and says so.
        HttpResponse<String> proxied = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(proxied)).containsIgnoringCase("Secure").contains("SameSite=Lax");
    }

    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
