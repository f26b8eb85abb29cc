package org.symbiose.imports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.symbiose.accounts.AccountRepository;
import org.symbiose.accounts.Role;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * An initiative of a test's own, opened by the coordinator as on the page, with a facilitator account
 * of its own (password {@code demo}), removed afterwards: the shared demo data stays as it is. Its
 * datasets are public for the workspace story ({@code org.symbiose.WorkspaceStoryBrowserTest}).
 */
public final class ImportTestData {

    public static final String ACTORS = """
            id;name;siret;naf;activity;employees;lat;lon;commune;zone;member
            a1;Menuiserie du Var;732 829 320 00074;16.23Z;menuiserie bois;12;;;Ollioules;Pôle d'activités de Toulon-Ouest;oui
            a2;Chaufferie urbaine;44321212000010;35.30Z;réseau de chaleur;4;43.1235;5.9312;;;non
            """;

    public static final String FLOWS = """
            id;actor_id;direction;label;category;ewc;quantity;unit;period;temperature_c;hazardous;available_from;available_to;notes
            f1;a1;out;sciure de bois;waste;03 01 05;12,5;t;month;;;2024-01-01;2024-12-31;benne de 30 m3
            f2;a2;in;combustible biomasse;material;;900;t;year;;;;;
            f3;a2;out;chaleur fatale;heat;;1 250;MWh;;65;non;;;"fumées, 65 °C"
            f4;a1;in;xqzwv kloprt;;;;;;;;;;
            """;

    /** The same dataset with two errors: a quantity that is no number (line 3) and an unknown actor (line 4). */
    public static final String FLOWS_WITH_ERRORS = """
            id;actor_id;direction;label;category;ewc;quantity;unit;period;temperature_c;hazardous;available_from;available_to;notes
            f1;a1;out;sciure de bois;waste;03 01 05;12,5;t;month;;;2024-01-01;2024-12-31;benne de 30 m3
            f2;a2;in;combustible biomasse;material;;neuf cents;t;year;;;;;
            f3;a9;out;chaleur fatale;heat;;1 250;MWh;;65;non;;;"fumées, 65 °C"
            """;

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final long id;
    final String slug;
    final String facilitator;
    private final JdbcClient jdbc;
    private final InitiativeRepository initiatives;

    private ImportTestData(
            long id, String slug, String facilitator, JdbcClient jdbc, InitiativeRepository initiatives) {
        this.id = id;
        this.slug = slug;
        this.facilitator = facilitator;
        this.jdbc = jdbc;
        this.initiatives = initiatives;
    }

    static ImportTestData open(
            MockMvc mvc,
            UserDetailsService users,
            JdbcClient jdbc,
            InitiativeRepository initiatives,
            AccountRepository accounts,
            PasswordEncoder passwords)
            throws Exception {
        String slug = "import-test-" + COUNTER.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        mvc.perform(post("/admin/initiatives/new")
                .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("reseau")))
                .with(csrf())
                .param("slug", slug)
                .param("name", "IMPORT")
                .param("title", "Démarche d'essai des imports")
                .param("carrierName", "Association d'essai")
                .param("carrierType", "BUSINESS_PARK_ASSOCIATION"));
        long id = initiatives.getBySlug(slug).id().value();
        String facilitator = "animation." + slug;
        accounts.create(
                facilitator, passwords.encode("demo"), Role.FACILITATOR, "Animation d'essai", List.of(id), null);
        return new ImportTestData(id, slug, facilitator, jdbc, initiatives);
    }

    void close() {
        jdbc.sql("delete from account where username = ?").param(facilitator).update();
        jdbc.sql("delete from initiative where id = ?").param(id).update();
        initiatives.forgetCached();
    }

    public static byte[] zip(String actors, String flows) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("actors.csv"));
            zip.write(actors.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("flows.csv"));
            zip.write(flows.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Every company and flow of an initiative, field by field, to compare before and after. */
    record Snapshot(List<Company> companies, List<Flow> flows) {
        static Snapshot of(long initiativeId, CompanyRepository companies, FlowRepository flows) {
            return new Snapshot(
                    companies.listByInitiative(new InitiativeId(initiativeId)),
                    flows.listByInitiative(new InitiativeId(initiativeId)));
        }
    }
}
