package org.symbiose.opportunities;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.symbiose.accounts.AccountRepository;
import org.symbiose.accounts.Role;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * An initiative of a test's own, opened by the coordinator, with a facilitator and a member account of its
 * own (password {@code demo}) and four nearby companies imported: a joinery's sawdust for a biomass boiler,
 * and pallets in four companies (a collection group). Removed afterwards: the demo data stays as it is.
 * Public for the follow-up story ({@code org.symbiose.FollowUpStoryBrowserTest}), which lives in it too.
 */
public final class OpportunityTestData {

    static final String ACTORS = """
            id;name;siret;naf;activity;employees;lat;lon;commune;zone;member
            a1;Menuiserie d'essai;;16.23Z;menuiserie bois;12;43.1201;5.9301;;;oui
            a2;Chaufferie d'essai;;35.30Z;réseau de chaleur;4;43.1235;5.9312;;;non
            a3;Imprimerie d'essai;;18.12Z;imprimerie;20;43.1210;5.9320;;;oui
            a4;Garage d'essai;;45.20A;garage automobile;6;43.1220;5.9300;;;oui
            """;

    static final String FLOWS = """
            id;actor_id;direction;label;category;ewc;quantity;unit;period;temperature_c;hazardous;available_from;available_to;notes
            f1;a1;out;sciure de bois;waste;03 01 05;150;t;year;;;;;
            f2;a2;in;combustible biomasse;material;;900;t;year;;;;;
            f3;a1;out;palettes en bois usagées;waste;15 01 03;20;t;year;;;;;
            f4;a3;out;palettes bois;waste;15 01 03;10;t;year;;;;;
            f5;a4;out;palettes usagées;waste;15 01 03;5;t;year;;;;;
            f6;a2;out;palettes en bois;waste;15 01 03;3;t;year;;;;;
            f7;a3;out;chutes de papier;waste;15 01 01;8;t;year;;;;;
            f8;a1;out;copeaux de bois;waste;03 01 05;40;t;year;;;;;
            """;

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final long id;
    public final String slug;
    public final String facilitator;
    public final String member;
    private final JdbcClient jdbc;
    private final InitiativeRepository initiatives;

    private OpportunityTestData(
            long id,
            String slug,
            String facilitator,
            String member,
            JdbcClient jdbc,
            InitiativeRepository initiatives) {
        this.id = id;
        this.slug = slug;
        this.facilitator = facilitator;
        this.member = member;
        this.jdbc = jdbc;
        this.initiatives = initiatives;
    }

    /** The same, with the repositories taken from the test's application context. */
    public static OpportunityTestData open(MockMvc mvc, UserDetailsService users, ApplicationContext context)
            throws Exception {
        return open(
                mvc,
                users,
                context.getBean(JdbcClient.class),
                context.getBean(InitiativeRepository.class),
                context.getBean(AccountRepository.class),
                context.getBean(PasswordEncoder.class));
    }

    public static OpportunityTestData open(
            MockMvc mvc,
            UserDetailsService users,
            JdbcClient jdbc,
            InitiativeRepository initiatives,
            AccountRepository accounts,
            PasswordEncoder passwords)
            throws Exception {
        String slug = "opp-test-" + COUNTER.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        mvc.perform(post("/admin/initiatives/new")
                .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("reseau")))
                .with(csrf())
                .param("slug", slug)
                .param("name", "OPP")
                .param("title", "Démarche d'essai des pistes")
                .param("carrierName", "Association d'essai")
                .param("carrierType", "BUSINESS_PARK_ASSOCIATION"));
        long id = initiatives.getBySlug(slug).id().value();
        String facilitator = "animation." + slug;
        accounts.create(
                facilitator, passwords.encode("demo"), Role.FACILITATOR, "Animation d'essai", List.of(id), null);
        mvc.perform(multipart("/api/v1/initiatives/" + id + "/imports?confirm=true")
                        .file(new MockMultipartFile("file", "opp.zip", "application/zip", zip()))
                        .with(httpBasic(facilitator, "demo")))
                .andExpect(status().isOk());
        long companyId = jdbc.sql("select id from company where initiative_id = ? and external_id = 'a1'")
                .param(id)
                .query(Long.class)
                .single();
        String member = "membre." + slug;
        accounts.create(member, passwords.encode("demo"), Role.MEMBER, "Membre d'essai", List.of(), companyId);
        return new OpportunityTestData(id, slug, facilitator, member, jdbc, initiatives);
    }

    public void close() {
        jdbc.sql("delete from account where username in (?, ?)")
                .params(facilitator, member)
                .update();
        jdbc.sql("delete from initiative where id = ?").param(id).update();
        initiatives.forgetCached();
    }

    private static byte[] zip() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("actors.csv"));
            zip.write(ACTORS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("flows.csv"));
            zip.write(FLOWS.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
