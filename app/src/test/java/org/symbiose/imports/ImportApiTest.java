package org.symbiose.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyChangeLog;
import org.symbiose.companies.CompanyImportBatches;
import org.symbiose.flows.FlowChangeRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.imports.ImportTestData.Snapshot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The imports API as a client uses it: preview, confirm, the same file again, a file with errors. */
class ImportApiTest extends ImportTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    CompanyChangeLog companyHistory;

    @Autowired
    CompanyImportBatches companyBatches;

    @Autowired
    FlowChangeRepository flowHistory;

    ResultActions upload(byte[] file, String name, String query, String language) throws Exception {
        return mvc.perform(multipart("/api/v1/initiatives/" + initiative.id + "/imports" + query)
                .file(new MockMultipartFile("file", name, "application/zip", file))
                .header("Accept-Language", language)
                .with(httpBasic(initiative.facilitator, "demo")));
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void previewThenConfirmThenTheSameFileAgainChangesNothing() throws Exception {
        byte[] file = ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS);

        JsonNode preview = body(upload(file, "adeto.zip", "", "fr")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("preview"))
                .andExpect(jsonPath("$.companies.added").value(2))
                .andExpect(jsonPath("$.flows.added").value(4))
                .andExpect(jsonPath("$.unreadableLabels").value(1))
                .andExpect(jsonPath("$.unreadable[0].label").value("xqzwv kloprt"))
                .andExpect(jsonPath("$.flowChanges[0].reading.label").value(Matchers.not(Matchers.emptyString()))));
        assertThat(companies.listByInitiative(new InitiativeId(initiative.id)))
                .as("a preview writes nothing")
                .isEmpty();

        mvc.perform(post("/api/v1/initiatives/" + initiative.id + "/imports/"
                                + preview.get("id").asString())
                        .with(httpBasic(initiative.facilitator, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("applied"))
                .andExpect(jsonPath("$.companies.added").value(2))
                .andExpect(jsonPath("$.flows.added").value(4));
        Snapshot imported = Snapshot.of(initiative.id, companies, flows);
        assertThat(imported.companies())
                .extracting(c -> c.name())
                .containsExactly("Chaufferie urbaine", "Menuiserie du Var");

        upload(file, "adeto.zip", "?confirm=true", "fr")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.companies.added").value(0))
                .andExpect(jsonPath("$.companies.changed").value(0))
                .andExpect(jsonPath("$.companies.unchanged").value(2))
                .andExpect(jsonPath("$.flows.added").value(0))
                .andExpect(jsonPath("$.flows.changed").value(0))
                .andExpect(jsonPath("$.flows.unchanged").value(4));
        assertThat(Snapshot.of(initiative.id, companies, flows)).isEqualTo(imported);
        Company menuiserie = companies.listByInitiative(new InitiativeId(initiative.id)).stream()
                .filter(c -> c.name().equals("Menuiserie du Var"))
                .findFirst()
                .orElseThrow();
        assertThat(jdbc.sql("select count(*) from import_run where initiative_id = ?")
                        .param(initiative.id)
                        .query(Integer.class)
                        .single())
                .as("recorded once; the same file again changes nothing, not even the list of imports")
                .isEqualTo(1);
        assertThat(companyHistory.list(menuiserie.id()))
                .as("no row per created company")
                .isEmpty();
        assertThat(flowHistory.listByCompany(menuiserie.id(), 10))
                .as("no row per created flow")
                .isEmpty();

        assertThat(page("/companies/" + menuiserie.id().value(), "fr"))
                .contains("Création par import", "(fichier\u00a0«\u00a0adeto.zip\u00a0»)");
        assertThat(page("/companies/" + menuiserie.id().value(), "en"))
                .contains("Created by an import", "(file “adeto.zip”)");
        assertThat(page("/companies/" + menuiserie.id().value() + "/flows", "fr"))
                .contains(
                        "a importé 2\u00a0flux (fichier\u00a0«\u00a0adeto.zip\u00a0»)",
                        "sciure de bois",
                        "xqzwv kloprt");
        assertThat(page("/companies/" + menuiserie.id().value() + "/flows/history", "en"))
                .contains("imported 2 flows (file “adeto.zip”)");
    }

    /** A page as the initiative's facilitator reads it, in a language. */
    String page(String path, String language) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .param("lang", language)
                        .with(as(initiative.facilitator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aFileWithErrorsIs422WithEveryErrorLocatedInTheCallersLanguageAndChangesNothing() throws Exception {
        upload(ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS), "a.zip", "?confirm=true", "fr")
                .andExpect(status().isOk());
        Snapshot before = Snapshot.of(initiative.id, companies, flows);
        byte[] broken = ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS_WITH_ERRORS);

        upload(broken, "b.zip", "?confirm=true", "fr")
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:symbiose:problem:invalid-dataset"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].file").value("flows.csv"))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("quantity"))
                .andExpect(jsonPath("$.errors[0].code").value("not-a-number"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("n’est pas un nombre")))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("actor_id"));
        upload(broken, "b.zip", "", "en")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.title").value("File refused"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("is not a number")));

        assertThat(Snapshot.of(initiative.id, companies, flows)).isEqualTo(before);
    }

    @Test
    void aSiretRecordedTwiceIsAnErrorOnItsLineAndChangesNothing() throws Exception {
        upload(ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS), "a.zip", "?confirm=true", "fr")
                .andExpect(status().isOk());
        Snapshot before = Snapshot.of(initiative.id, companies, flows);
        String twice = ImportTestData.ACTORS + "a3;Scierie du Var;73282932000074;;;;;;;;non\n"
                + "a4;Chaufferie bis;44321212000010;;;;;;;;non\n";
        String takenFromA2 = "id;name;siret\na1;Menuiserie du Var;44321212000010\n";

        upload(ImportTestData.zip(twice, ImportTestData.FLOWS), "twice.zip", "?confirm=true", "fr")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].file").value("actors.csv"))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("siret"))
                .andExpect(jsonPath("$.errors[0].code").value("siret-taken"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("le SIRET 732 829 320 00074 est déjà celui de « Menuiserie du Var » : un établissement"
                                        .replace(" :", "\u00a0:")
                                        .replace("« ", "«\u00a0")
                                        .replace(" »", "\u00a0»")
                                + " ne s’enregistre qu’une fois par démarche"))
                .andExpect(jsonPath("$.errors[1].line").value(5));
        upload(ImportTestData.zip(takenFromA2, "id;actor_id;direction;label\n"), "z.zip", "?confirm=true", "en")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("the SIRET 443 212 120 00010 already belongs to \"Chaufferie urbaine\": an establishment"
                                + " is recorded once per initiative"));

        assertThat(Snapshot.of(initiative.id, companies, flows)).isEqualTo(before);
    }

    @Test
    void aConfirmationIsRefusedWhenTheInitiativesDataChangedSinceThePreview() throws Exception {
        JsonNode preview =
                body(upload(ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS), "a.zip", "", "fr")
                        .andExpect(status().isOk()));
        // Someone else imports another company in between.
        upload(
                        ImportTestData.zip("id;name\nz1;Zinc du Var\n", "id;actor_id;direction;label\n"),
                        "z.zip",
                        "?confirm=true",
                        "fr")
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/initiatives/" + initiative.id + "/imports/"
                                + preview.get("id").asString())
                        .with(httpBasic(initiative.facilitator, "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("remplacé")));
        assertThat(companies.listByInitiative(new InitiativeId(initiative.id)))
                .extracting(c -> c.name())
                .containsExactly("Zinc du Var");
    }

    @Test
    void aFileOfAnotherKindOrNoFileIsRefused() throws Exception {
        upload("x".getBytes(), "notes.txt", "", "fr")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].file").value("notes.txt"))
                .andExpect(jsonPath("$.errors[0].code").value("unsupported-dataset"));
        mvc.perform(multipart("/api/v1/initiatives/" + initiative.id + "/imports")
                        .with(httpBasic(initiative.facilitator, "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void aConfirmationIs409AndChangesNothingWhenACompanyWasEditedSinceThePreview() throws Exception {
        upload(ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS), "a.zip", "?confirm=true", "fr")
                .andExpect(status().isOk());
        JsonNode preview = body(upload(
                        ImportTestData.zip(ImportTestData.ACTORS.replace(";12;", ";13;"), ImportTestData.FLOWS),
                        "a.zip",
                        "",
                        "fr")
                .andExpect(jsonPath("$.companyChanges[0].fields[0]").value("employees")));
        // A facilitator edits the company on its page meanwhile.
        var menuiserie =
                companies.listByInitiative(new InitiativeId(initiative.id)).get(1);
        companyBatches.updateBatch(java.util.List.of(new org.symbiose.companies.Company(
                menuiserie.id(),
                menuiserie.initiativeId(),
                menuiserie.externalId(),
                menuiserie.name(),
                menuiserie.siret(),
                menuiserie.naf(),
                "menuiserie et charpente",
                menuiserie.employees(),
                menuiserie.zone(),
                menuiserie.member(),
                java.util.List.of())));
        Snapshot edited = Snapshot.of(initiative.id, companies, flows);

        mvc.perform(post("/api/v1/initiatives/" + initiative.id + "/imports/"
                                + preview.get("id").asString())
                        .header("Accept-Language", "en")
                        .with(httpBasic(initiative.facilitator, "demo")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("changed since the preview")));
        assertThat(Snapshot.of(initiative.id, companies, flows)).isEqualTo(edited);
    }
}
