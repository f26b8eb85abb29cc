package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.symbiose.WebTestBase;
import org.symbiose.ids.InitiativeId;

/**
 * Repeated wrong passwords, by the login form and by HTTP Basic, get a message saying when to retry,
 * and the right password is refused meanwhile. Each test uses its own accounts and client address,
 * so the refusals it causes touch no other test of the shared context.
 */
class LoginThrottlingTest extends WebTestBase {

    static final String PASSWORD = "le-bon-mot-de-passe";

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    long companies;

    @BeforeEach
    void createAccounts() {
        companies = jdbc.sql("select id from initiative where slug = 'adeto'")
                .query(Long.class)
                .single();
        for (String name :
                List.of("test.throttle.form", "test.throttle.api", "test.throttle.reset", "test.throttle.addr")) {
            accounts.create(
                    name,
                    passwords.encode(PASSWORD),
                    Role.FACILITATOR,
                    "Test",
                    List.of(new InitiativeId(companies)),
                    null);
        }
    }

    @AfterEach
    void removeAccounts() {
        jdbc.sql("delete from account where username like 'test.throttle.%'").update();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    String formLogin(String username, String password, String address, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .session(session)
                        .with(csrf())
                        .with(from(address)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void formSaysWhenToRetryAfterFiveWrongPasswordsAndRefusesTheRightOne() throws Exception {
        var session = new MockHttpSession();
        for (int i = 0; i < 4; i++) {
            assertThat(formLogin("test.throttle.form", "faux", "10.77.0.1", session))
                    .isEqualTo("/login?error");
        }
        assertThat(formLogin("test.throttle.form", "faux", "10.77.0.1", session))
                .isEqualTo("/login?blocked");
        assertThat(formLogin("test.throttle.form", PASSWORD, "10.77.0.2", session))
                .as("the right password, even from elsewhere")
                .isEqualTo("/login?blocked");

        String page = mvc.perform(get("/login").param("blocked", "").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String message = Jsoup.parse(page).select("#login-blocked").text();
        assertThat(message)
                .contains("Trop de tentatives de connexion échouées")
                .containsPattern("jusqu’à \\d\\d:\\d\\d|jusqu'à \\d\\d:\\d\\d")
                .contains("même avec le bon mot de passe");

        String english = mvc.perform(
                        get("/login").param("blocked", "").param("lang", "en").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(english).select("#login-blocked").text())
                .containsPattern("refused until \\d\\d:\\d\\d \\(in about 1 min\\)");
    }

    @Test
    void apiAnswers429WithRetryAfterAndRefusesTheRightPassword() throws Exception {
        String url = "/api/v1/initiatives/" + companies + "/companies";
        for (int i = 0; i < 4; i++) {
            mvc.perform(get(url).with(httpBasic("test.throttle.api", "faux")).with(from("10.77.1.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get(url).with(httpBasic("test.throttle.api", "faux")).with(from("10.77.1.1")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get(url).with(httpBasic("test.throttle.api", PASSWORD))
                        .with(from("10.77.1.1"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.title").value("Too many login attempts"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("even with the right password")));
        mvc.perform(get(url).with(httpBasic("test.throttle.api", PASSWORD)).with(from("10.77.1.2")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title").value("Trop de tentatives de connexion"));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        String url = "/api/v1/initiatives/" + companies + "/companies";
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(get(url).with(httpBasic("test.throttle.reset", "faux"))
                                .with(from("10.77.2.1")))
                        .andExpect(status().isUnauthorized());
            }
            mvc.perform(get(url).with(httpBasic("test.throttle.reset", PASSWORD))
                            .with(from("10.77.2.1")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void twentyFailuresFromOneAddressRefuseEveryAccountFromItButNotFromElsewhere() throws Exception {
        var session = new MockHttpSession();
        for (int i = 0; i < 19; i++) {
            assertThat(formLogin("test.throttle.nobody" + i, "faux", "10.77.3.1", session))
                    .isEqualTo("/login?error");
        }
        assertThat(formLogin("test.throttle.nobody19", "faux", "10.77.3.1", session))
                .isEqualTo("/login?blocked");
        assertThat(formLogin("test.throttle.addr", PASSWORD, "10.77.3.1", session))
                .isEqualTo("/login?blocked");
        mvc.perform(get("/api/v1/initiatives/" + companies + "/companies")
                        .with(httpBasic("test.throttle.addr", PASSWORD))
                        .with(from("10.77.3.1")))
                .andExpect(status().isTooManyRequests());
        assertThat(formLogin("test.throttle.addr", PASSWORD, "10.77.3.2", new MockHttpSession()))
                .isEqualTo("/");
    }
}
