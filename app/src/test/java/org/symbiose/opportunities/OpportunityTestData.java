package org.symbiose.opportunities;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.symbiose.TestInitiative;

/**
 * An initiative of a test's own ({@link TestInitiative}: opened by the coordinator, with a facilitator
 * account of its own), with a member account of the joinery (password {@code demo}) and four nearby
 * companies imported: a joinery's sawdust for a biomass boiler,
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

    public final long id;
    public final String slug;
    public final String facilitator;
    public final String member;
    private final TestInitiative initiative;

    private OpportunityTestData(TestInitiative initiative, String member) {
        this.initiative = initiative;
        this.id = initiative.id;
        this.slug = initiative.slug;
        this.facilitator = initiative.facilitator;
        this.member = member;
    }

    /**
     * Opens the initiative ({@link TestInitiative}), imports the companies and flows through the API as its
     * facilitator and makes a member account of the joinery.
     */
    public static OpportunityTestData open(MockMvc mvc, ApplicationContext context) throws Exception {
        var initiative = TestInitiative.open(mvc, context, "opp-test", "Démarche d'essai des pistes");
        try {
            mvc.perform(multipart("/api/v1/initiatives/" + initiative.id + "/imports?confirm=true")
                            .file(new MockMultipartFile("file", "opp.zip", "application/zip", zip()))
                            .with(httpBasic(initiative.facilitator, "demo")))
                    .andExpect(status().isOk());
            long joinery = context.getBean(JdbcClient.class)
                    .sql("select id from company where initiative_id = ? and external_id = 'a1'")
                    .param(initiative.id)
                    .query(Long.class)
                    .single();
            return new OpportunityTestData(initiative, initiative.memberOf(joinery));
        } catch (Exception | AssertionError e) {
            initiative.close();
            throw e;
        }
    }

    public void close() {
        initiative.close();
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
