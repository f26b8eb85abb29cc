package org.symbiose.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.symbiose.ids.InitiativeId;
import org.symbiose.imports.ImportTestData.Snapshot;

/** The imports page: errors listed with their line in the reader's language, the preview, the confirmation. */
class ImportPageTest extends ImportTestBase {

    /** Uploads, follows the redirect to the job's page and waits for the background work; the page's text. */
    String send(byte[] zip, Locale locale) throws Exception {
        String job = mvc.perform(multipart("/initiatives/" + initiative.slug + "/imports")
                        .file(new MockMultipartFile("file", "donnees.zip", "application/zip", zip))
                        .with(as(initiative.facilitator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return settled(job, locale);
    }

    String settled(String job, Locale locale) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            String progress = mvc.perform(get(job + "/progress").with(as(initiative.facilitator)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (!progress.contains("READING") && !progress.contains("APPLYING")
                    || Instant.now().isAfter(end)) {
                break;
            }
            Thread.sleep(100);
        }
        return mvc.perform(get(job).with(as(initiative.facilitator)).param("lang", locale.getLanguage()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void errorsAreListedWithFileLineAndColumnInFrenchOrEnglishAndNothingChanges() throws Exception {
        Snapshot before = Snapshot.of(initiative.id, companies, flows);
        byte[] broken = ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS_WITH_ERRORS);

        String french = send(broken, Locale.FRENCH);
        String english = send(broken, Locale.ENGLISH);

        assertThat(french)
                .contains("2 erreurs à corriger")
                .contains("<td>flows.csv</td>")
                .contains("<td>3</td>")
                .contains("<td>quantity</td>")
                .contains("n’est pas un nombre");
        assertThat(english).contains("2 errors to correct").contains("is not a number");
        assertThat(Snapshot.of(initiative.id, companies, flows)).isEqualTo(before);
    }

    @Test
    void thePreviewTellsWhatChangesHowLabelsReadThenTheConfirmationWritesItAndTheSameFileChangesNothing()
            throws Exception {
        byte[] zip = ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS);

        String preview = send(zip, Locale.FRENCH);

        assertThat(preview)
                .contains("Entreprises\u00a0: 2 nouvelles, 0 modifiée, 0 inchangée.")
                .contains("Flux\u00a0: 4 nouveaux, 0 modifié, 0 inchangé.")
                .contains("lu comme «\u00a0")
                .contains(", confiance ")
                .contains("Un libellé n’est pas compris par le moteur")
                .contains("xqzwv kloprt");
        assertThat(companies.listByInitiative(new InitiativeId(initiative.id))).isEmpty();
        String job = preview.replaceAll("(?s).*action=\"(/initiatives/[^\"]+)/confirm\".*", "$1");

        mvc.perform(post(job + "/confirm").with(as(initiative.facilitator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String applied = settled(job, Locale.FRENCH);

        assertThat(applied)
                .contains("Entreprises\u00a0: 2 ajoutées, 0 modifiée.")
                .contains("Voir les entreprises");
        assertThat(companies.listByInitiative(new InitiativeId(initiative.id))).hasSize(2);
        assertThat(flows.listByInitiative(new InitiativeId(initiative.id))).hasSize(4);

        String again = send(zip, Locale.FRENCH);
        assertThat(again)
                .contains("Entreprises\u00a0: 0 nouvelle, 0 modifiée, 2 inchangées.")
                .contains("Flux\u00a0: 0 nouveau, 0 modifié, 4 inchangés.")
                .contains("Ce fichier ne change rien");
    }
}
