package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.symbiose.WebTestBase;

/** The network coordinator manages accounts; everyone changes their own password. */
class AccountAdministrationTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @AfterEach
    void removeTestAccounts() {
        jdbc.sql("delete from account where username like 'test.%'").update();
    }

    long cavem() {
        return jdbc.sql("select id from initiative where slug = 'cavem'")
                .query(Long.class)
                .single();
    }

    @Test
    void coordinatorCreatesAFacilitatorAccountForAnInitiative() throws Exception {
        mvc.perform(post("/admin/accounts")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("username", "test.cavem")
                        .param("displayName", "Animation CAVEM")
                        .param("role", "FACILITATOR")
                        .param("initiativeId", String.valueOf(cavem()))
                        .param("password", "un-mot-de-passe-long"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/accounts"));

        SymbioseUser created = (SymbioseUser) users.loadUserByUsername("test.cavem");
        assertThat(created.role()).isEqualTo(Role.FACILITATOR);
        assertThat(created.facilitates(cavem())).isTrue();
        assertThat(passwords.matches("un-mot-de-passe-long", created.getPassword()))
                .isTrue();
    }

    @Test
    void refusesAnInvalidAccountWithFrenchMessagesAndCreatesNothing() throws Exception {
        mvc.perform(post("/admin/accounts")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("username", "Test Majuscules")
                        .param("displayName", "")
                        .param("role", "FACILITATOR")
                        .param("password", "court"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("minuscules, chiffres")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("entre 10 et 200 caractères")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("doit être rattaché à une démarche")));
        assertThat(accounts.listUsernames()).hasSize(4);
    }

    @Test
    void refusesATakenUsername() throws Exception {
        mvc.perform(post("/admin/accounts")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("username", "animation.adeto")
                        .param("displayName", "Doublon")
                        .param("role", "NETWORK")
                        .param("password", "un-mot-de-passe-long"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("déjà utilisé")));
    }

    @Test
    void onlyTheCoordinatorManagesAccounts() throws Exception {
        mvc.perform(get("/admin/accounts").with(as("animation.adeto"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts")
                        .with(as("animation.adeto"))
                        .with(csrf())
                        .param("username", "test.intrus")
                        .param("displayName", "Intrus")
                        .param("role", "NETWORK")
                        .param("password", "un-mot-de-passe-long"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts")).andExpect(status().is3xxRedirection());
        assertThat(accounts.exists("test.intrus")).isFalse();
    }

    @Test
    void userChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        accounts.create("test.membre", passwords.encode("ancien-mot-de-passe"), Role.MEMBER, "Membre", List.of(), null);

        mvc.perform(post("/account/password")
                        .with(as("test.membre"))
                        .with(csrf())
                        .param("current", "faux")
                        .param("password", "nouveau-mot-de-passe")
                        .param("confirmation", "nouveau-mot-de-passe"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("actuel est incorrect")));
        mvc.perform(post("/account/password")
                        .with(as("test.membre"))
                        .with(csrf())
                        .param("current", "ancien-mot-de-passe")
                        .param("password", "nouveau-mot-de-passe")
                        .param("confirmation", "nouveau-mot-de-passe"))
                .andExpect(status().is3xxRedirection());

        assertThat(passwords.matches(
                        "nouveau-mot-de-passe",
                        accounts.findByUsername("test.membre").orElseThrow().getPassword()))
                .isTrue();
    }

    @Test
    void coordinatorSeesEveryAccountWithItsScope() throws Exception {
        mvc.perform(get("/admin/accounts").with(as("reseau")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("animation.piicto")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("PIICTO")));
    }
}
