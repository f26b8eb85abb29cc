package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.WebTestBase;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * Accounts are invitations: nobody but the invited person ever knows their password. The coordinator
 * invites network accounts and an initiative's first facilitator; facilitators invite their
 * initiative's accounts and see every change to them.
 */
class AccountAdministrationTest extends WebTestBase {

    static final String PASSWORD = "mon-mot-de-passe-secret";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @AfterEach
    void removeTestAccounts() {
        jdbc.sql("delete from account_event where username like 'test.%' or actor like 'test.%'")
                .update();
        jdbc.sql("delete from account where username like 'test.%'").update();
        jdbc.sql("update account set enabled = true").update();
    }

    long initiative(String slug) {
        return jdbc.sql("select id from initiative where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    long company(String externalId) {
        return jdbc.sql("select c.id from company c join initiative i on i.id = c.initiative_id"
                        + " where i.slug = 'adeto' and c.external_id = ?")
                .param(externalId)
                .query(Long.class)
                .single();
    }

    /** Posts a form and answers the invitation link shown after the redirect. */
    InvitationController.ShownLink invite(MockHttpServletRequestBuilder request) throws Exception {
        var result = mvc.perform(request.with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var link = (InvitationController.ShownLink) result.getFlashMap().get("invitation");
        assertThat(link).as("invitation link shown").isNotNull();
        return link;
    }

    String path(InvitationController.ShownLink link) {
        return link.url().substring(link.url().indexOf("/invitation/"));
    }

    void choosePassword(InvitationController.ShownLink link, String password) throws Exception {
        mvc.perform(post(path(link)).with(csrf()).param("password", password).param("confirmation", password))
                .andExpect(redirectedUrl("/login?invited"));
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String text(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(page(request)).text();
    }

    @Test
    void coordinatorInvitesTheFirstFacilitatorWhoSetsTheirOwnPasswordOnce() throws Exception {
        var link = invite(post("/admin/accounts")
                .with(as("reseau"))
                .param("username", "test.cavem")
                .param("displayName", "Animation CAVEM")
                .param("role", "FACILITATOR")
                .param("initiativeId", String.valueOf(initiative("cavem")))
                .param("password", "le-coordinateur-choisit"));

        SymbioseUser invited = accounts.findByUsername("test.cavem").orElseThrow();
        assertThat(invited.facilitates(new InitiativeId(initiative("cavem")))).isTrue();
        assertThat(invited.passwordHash())
                .as("no password until the link is used")
                .isNull();
        assertThat(link.url()).startsWith("http://localhost/invitation/");
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.sql("select token_hash from account_invitation where account_id = ?")
                        .param(invited.id().value())
                        .query(String.class)
                        .single())
                .as("only the token's hash is stored")
                .isEqualTo(Invitations.hash(token))
                .doesNotContain(token);
        var validity = jdbc.sql("select created_at, expires_at from account_invitation where account_id = ?")
                .param(invited.id().value())
                .query((rs, n) -> Duration.between(
                        rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
                .single();
        assertThat(validity).isEqualTo(Duration.ofDays(7));

        assertThat(Jsoup.parse(page(get("/admin/accounts").with(as("reseau"))))
                        .select("#accounts tr:contains(test.cavem)")
                        .text())
                .contains("invité, mot de passe pas encore choisi");
        mvc.perform(get("/api/v1/initiatives/" + initiative("cavem") + "/companies")
                        .with(httpBasic("test.cavem", "le-coordinateur-choisit")))
                .andExpect(status().isUnauthorized());

        assertThat(page(get(path(link)))).contains("test.cavem");
        mvc.perform(post(path(link))
                        .with(csrf())
                        .param("password", PASSWORD)
                        .param("confirmation", "autre-chose-encore"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("La confirmation ne correspond pas")));
        choosePassword(link, PASSWORD);

        mvc.perform(get("/api/v1/initiatives/" + initiative("cavem") + "/companies")
                        .with(httpBasic("test.cavem", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get(path(link))).andExpect(status().isGone());
        mvc.perform(post(path(link))
                        .with(csrf())
                        .param("password", "encore-un-autre")
                        .param("confirmation", "encore-un-autre"))
                .andExpect(status().isGone());
        assertThat(passwords.matches(
                        PASSWORD,
                        accounts.findByUsername("test.cavem").orElseThrow().passwordHash()))
                .as("a used link cannot set the password again")
                .isTrue();
    }

    @Test
    void anExpiredOrUnknownLinkSaysSoAndSetsNothing() throws Exception {
        var link = invite(post("/admin/accounts")
                .with(as("reseau"))
                .param("username", "test.reseau2")
                .param("displayName", "Réseau bis")
                .param("role", "NETWORK"));
        jdbc.sql("update account_invitation set expires_at = created_at - interval '1' second")
                .update();

        String gone = mvc.perform(get(path(link)))
                .andExpect(status().isGone())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(gone).select("#invitation-unusable").text()).contains("a expiré");
        mvc.perform(get("/invitation/not-a-token")).andExpect(status().isGone());
        assertThat(accounts.findByUsername("test.reseau2").orElseThrow().passwordHash())
                .isNull();
    }

    @Test
    void coordinatorCannotGetAnAccountThatReachesAnInitiativesCompanies() throws Exception {
        assertThat(text(post("/admin/accounts")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("username", "test.intrus")
                        .param("displayName", "Faux animateur")
                        .param("role", "FACILITATOR")
                        .param("initiativeId", String.valueOf(initiative("adeto")))))
                .contains("déjà un compte d'animation actif");
        assertThat(page(post("/admin/accounts")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("username", "test.intrus")
                        .param("displayName", "Faux membre")
                        .param("role", "MEMBER")
                        .param("companyId", String.valueOf(company("a1")))))
                .contains("invités par les animateurs de leur démarche");
        assertThat(accounts.exists("test.intrus")).isFalse();

        var refused = mvc.perform(post("/admin/accounts/animation.adeto/link")
                        .with(as("reseau"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andReturn();
        assertThat(refused.getFlashMap().get("invitation")).isNull();
        mvc.perform(get("/api/v1/initiatives/" + initiative("adeto") + "/companies")
                        .with(httpBasic("animation.adeto", "demo")))
                .andExpect(status().isOk());

        mvc.perform(get("/initiatives/adeto/accounts").with(as("reseau"))).andExpect(status().isForbidden());
        String admin = page(get("/admin/accounts").with(as("reseau")));
        String someCompany = jdbc.sql("select name from company where id = ?")
                .param(company("a1"))
                .query(String.class)
                .single();
        assertThat(admin).as("no company name on the coordinator's page").doesNotContain(someCompany);
    }

    @Test
    void facilitatorInvitesAMemberSeesTheLogAndResetsWithANewLink() throws Exception {
        var link = invite(post("/initiatives/adeto/accounts")
                .with(as("animation.adeto"))
                .param("username", "test.membre")
                .param("displayName", "Contact a2")
                .param("role", "MEMBER")
                .param("companyId", String.valueOf(company("a2"))));
        choosePassword(link, PASSWORD);
        assertThat(accounts.findByUsername("test.membre").orElseThrow().companyId())
                .isEqualTo(new CompanyId(company("a2")));

        var reset = invite(post("/initiatives/adeto/accounts/test.membre/link").with(as("animation.adeto")));
        mvc.perform(get("/api/v1/initiatives/" + initiative("adeto")).with(httpBasic("test.membre", PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(accounts.findByUsername("test.membre").orElseThrow().passwordHash())
                .as("a new link withdraws the old password")
                .isNull();
        mvc.perform(get(path(link))).andExpect(status().isGone());
        choosePassword(reset, "un-autre-mot-de-passe");

        var log = Jsoup.parse(page(get("/initiatives/adeto/accounts").with(as("animation.adeto"))))
                .select("#account-log tbody tr");
        assertThat(log.eachText())
                .anySatisfy(row -> assertThat(row).contains("animation.adeto", "invitation (membre", "test.membre"))
                .anySatisfy(row -> assertThat(row).contains("nouveau lien", "test.membre"))
                .anySatisfy(row -> assertThat(row).contains("mot de passe choisi", "test.membre"));
    }

    @Test
    void facilitatorsSeeWhatTheCoordinatorDidToTheirAccountsAndNobodyElseDoes() throws Exception {
        mvc.perform(post("/admin/accounts/membre.adeto/disable")
                        .with(as("reseau"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/api/v1/initiatives/" + initiative("adeto")).with(httpBasic("membre.adeto", "demo")))
                .andExpect(status().isUnauthorized());

        var log = Jsoup.parse(page(get("/initiatives/adeto/accounts").with(as("animation.adeto"))))
                .select("#account-log tbody tr")
                .eachText();
        assertThat(log).anySatisfy(row -> assertThat(row).contains("reseau", "compte désactivé", "membre.adeto"));
        jdbc.sql("delete from account_event where username = 'membre.adeto'").update();

        mvc.perform(get("/initiatives/adeto/accounts").with(as("animation.piicto")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/initiatives/adeto/accounts").with(as("membre.adeto"))).andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/piicto/accounts/membre.adeto/link")
                        .with(as("animation.piicto"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void facilitatorCannotInviteIntoAnotherInitiativesCompanyNorANetworkAccount() throws Exception {
        assertThat(page(post("/initiatives/piicto/accounts")
                        .with(as("animation.piicto"))
                        .with(csrf())
                        .param("username", "test.ailleurs")
                        .param("displayName", "Contact ADETO")
                        .param("role", "MEMBER")
                        .param("companyId", String.valueOf(company("a1")))))
                .contains("doit être rattaché à une entreprise");
        assertThat(page(post("/initiatives/piicto/accounts")
                        .with(as("animation.piicto"))
                        .with(csrf())
                        .param("username", "test.ailleurs")
                        .param("displayName", "Réseau")
                        .param("role", "NETWORK")))
                .contains("invités par la coordination du réseau");
        assertThat(accounts.exists("test.ailleurs")).isFalse();
    }

    @Test
    void refusesAnInvalidAccountWithFrenchMessagesAndCreatesNothing() throws Exception {
        mvc.perform(post("/admin/accounts")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("username", "Test Majuscules")
                        .param("displayName", "")
                        .param("role", "FACILITATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("minuscules, chiffres")))
                .andExpect(content().string(Matchers.containsString("doit être rattaché à une démarche")));
        mvc.perform(post("/admin/accounts")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("username", "animation.adeto")
                        .param("displayName", "Doublon")
                        .param("role", "NETWORK"))
                .andExpect(content().string(Matchers.containsString("déjà utilisé")));
        assertThat(accounts.listUsernames()).hasSize(4);
    }

    @Test
    void onlyTheCoordinatorManagesNetworkAccounts() throws Exception {
        mvc.perform(get("/admin/accounts").with(as("animation.adeto"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts")
                        .with(as("animation.adeto"))
                        .with(csrf())
                        .param("username", "test.intrus")
                        .param("displayName", "Intrus")
                        .param("role", "NETWORK"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/reseau/disable").with(as("reseau")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/accounts")).andExpect(status().is3xxRedirection());
        assertThat(accounts.exists("test.intrus")).isFalse();
        assertThat(accounts.findByUsername("reseau").orElseThrow().isEnabled()).isTrue();
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
                .andExpect(content().string(Matchers.containsString("actuel est incorrect")));
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
}
