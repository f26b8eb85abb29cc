package org.symbiose.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.symbiose.WebTestBase;
import org.symbiose.ids.InitiativeId;

/** A facilitator's API script keeps working across requests; once the password changes, the old one is refused. */
class BasicCredentialsTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @AfterEach
    void removeTestAccount() {
        jdbc.sql("delete from account_initiative where account_id in"
                        + " (select id from account where username = 'test.basic')")
                .update();
        jdbc.sql("delete from account where username = 'test.basic'").update();
    }

    @Test
    void theOldPasswordIsRefusedRightAfterAChange() throws Exception {
        long adeto = jdbc.sql("select id from initiative where slug = 'adeto'")
                .query(Long.class)
                .single();
        accounts.create(
                "test.basic",
                passwords.encode("premier-mot-de-passe"),
                Role.FACILITATOR,
                "Test",
                List.of(new InitiativeId(adeto)),
                null);
        String companies = "/api/v1/initiatives/" + adeto + "/companies";
        for (int i = 0; i < 3; i++) {
            mvc.perform(get(companies).with(httpBasic("test.basic", "premier-mot-de-passe")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get(companies).with(httpBasic("test.basic", "mauvais"))).andExpect(status().isUnauthorized());

        mvc.perform(post("/account/password")
                        .with(as("test.basic"))
                        .with(csrf())
                        .param("current", "premier-mot-de-passe")
                        .param("password", "second-mot-de-passe")
                        .param("confirmation", "second-mot-de-passe"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(companies).with(httpBasic("test.basic", "premier-mot-de-passe")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(companies).with(httpBasic("test.basic", "second-mot-de-passe")))
                .andExpect(status().isOk());
    }
}
