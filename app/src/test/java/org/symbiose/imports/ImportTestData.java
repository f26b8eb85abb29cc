package org.symbiose.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.symbiose.TestInitiative;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.InitiativeId;

/**
 * The import tests' datasets and files, and the empty initiative of a test's own they are imported into
 * (a {@link TestInitiative}, removed afterwards: the shared demo data stays as it is). The datasets are
 * public for the workspace story ({@code org.symbiose.WorkspaceStoryBrowserTest}).
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

    private ImportTestData() {}

    /** An empty initiative of the test's own, with its facilitator, as the import tests open it. */
    static TestInitiative initiative(MockMvc mvc, ApplicationContext context) throws Exception {
        return TestInitiative.open(mvc, context, "import-test", "Démarche d'essai des imports");
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
