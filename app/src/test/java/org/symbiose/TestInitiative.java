package org.symbiose;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.symbiose.accounts.AccountRepository;
import org.symbiose.accounts.Role;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * A new, empty initiative of a test's own, opened by the coordinator as on the page, with a facilitator
 * account of its own (password {@code demo}); closing removes its accounts, then the initiative with
 * everything recorded in it, so that the shared demo data stays as it is.
 */
public final class TestInitiative implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final long id;
    public final String slug;
    public final String facilitator;
    private final JdbcClient jdbc;
    private final InitiativeRepository initiatives;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final List<String> accountsCreated = new ArrayList<>();

    private TestInitiative(long id, String slug, ApplicationContext context) {
        this.id = id;
        this.slug = slug;
        this.facilitator = "animation." + slug;
        this.jdbc = context.getBean(JdbcClient.class);
        this.initiatives = context.getBean(InitiativeRepository.class);
        this.accounts = context.getBean(AccountRepository.class);
        this.passwords = context.getBean(PasswordEncoder.class);
    }

    /** Opens it through the coordinator's form; {@code prefix} names it ("import-test-3-12345"). */
    public static TestInitiative open(MockMvc mvc, ApplicationContext context, String prefix, String title)
            throws Exception {
        String slug = prefix + "-" + COUNTER.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        mvc.perform(post("/admin/initiatives/new")
                        .with(SecurityMockMvcRequestPostProcessors.user(
                                context.getBean(UserDetailsService.class).loadUserByUsername("reseau")))
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", slug.toUpperCase(java.util.Locale.ROOT))
                        .param("title", title)
                        .param("carrierName", "Association d'essai")
                        .param("carrierType", "BUSINESS_PARK_ASSOCIATION"))
                .andExpect(status().is3xxRedirection());
        var initiative = new TestInitiative(
                context.getBean(InitiativeRepository.class).getBySlug(slug).id().value(), slug, context);
        initiative.account(
                initiative.facilitator,
                Role.FACILITATOR,
                "Animation d'essai",
                List.of(new InitiativeId(initiative.id)),
                null);
        return initiative;
    }

    /** A member account (password {@code demo}) of one of its companies, removed with the initiative. */
    public String memberOf(long companyId) {
        String username = "membre." + slug + "." + companyId;
        account(username, Role.MEMBER, "Membre d'essai", List.of(), new CompanyId(companyId));
        return username;
    }

    /** An account the test makes through the pages (an invitation), removed with the initiative. */
    public void removesAccount(String username) {
        accountsCreated.add(username);
    }

    /** Makes this initiative's facilitator a facilitator of another initiative too. */
    public void alsoFacilitates(long initiativeId) {
        jdbc.sql("insert into account_initiative (account_id, initiative_id)"
                        + " select id, ? from account where username = ?")
                .params(initiativeId, facilitator)
                .update();
    }

    private void account(
            String username, Role role, String name, List<InitiativeId> initiativeIds, CompanyId companyId) {
        accounts.create(username, passwords.encode("demo"), role, name, initiativeIds, companyId);
        accountsCreated.add(username);
    }

    @Override
    public void close() {
        for (String username : accountsCreated) {
            jdbc.sql("delete from account where username = ?").param(username).update();
        }
        jdbc.sql("delete from initiative where id = ?").param(id).update();
        initiatives.forgetCached();
    }
}
