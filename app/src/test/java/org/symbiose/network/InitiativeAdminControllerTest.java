package org.symbiose.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.WebTestBase;
import org.symbiose.initiatives.InitiativeRepository;

/** The network coordinator opens a new initiative; it stays private until published. */
class InitiativeAdminControllerTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InitiativeRepository initiatives;

    @AfterEach
    void removeTestInitiative() {
        jdbc.sql("delete from initiative where slug = 'parc-des-aubepines'").update();
        initiatives.forgetCached();
    }

    @Test
    void coordinatorOpensAnUnpublishedInitiative() throws Exception {
        mvc.perform(post("/admin/initiatives/new")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("slug", "parc-des-aubepines")
                        .param("name", "AUBÉPINES")
                        .param("title", "Démarche du parc des Aubépines")
                        .param("carrierName", "Association du parc des Aubépines")
                        .param("carrierType", "BUSINESS_PARK_ASSOCIATION"))
                .andExpect(redirectedUrl("/initiatives/parc-des-aubepines"));

        mvc.perform(get("/initiatives/parc-des-aubepines").with(as("reseau")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Démarche du parc des Aubépines")));
        // Anonymous visitors are answered as if it did not exist (a redirect to the login page would tell it does).
        mvc.perform(get("/initiatives/parc-des-aubepines")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select published from initiative where slug = 'parc-des-aubepines'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void refusesABadOrTakenAddressIdentifier() throws Exception {
        mvc.perform(post("/admin/initiatives/new")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("slug", "Parc des Aubépines")
                        .param("name", "X")
                        .param("title", "Y")
                        .param("carrierName", "Z")
                        .param("carrierType", "BUSINESS_CLUB"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("minuscules sans accents")));
        mvc.perform(post("/admin/initiatives/new")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("slug", "adeto")
                        .param("name", "X")
                        .param("title", "Y")
                        .param("carrierName", "Z")
                        .param("carrierType", "BUSINESS_CLUB"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("utilise déjà")));
        assertThat(jdbc.sql("select count(*) from initiative").query(Long.class).single())
                .isEqualTo(8);
    }

    @Test
    void facilitatorsCannotOpenInitiatives() throws Exception {
        mvc.perform(get("/admin/initiatives/new").with(as("animation.adeto"))).andExpect(status().isForbidden());
    }
}
