package org.symbiose.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.WebTestBase;

/**
 * Pages, API and PDFs are served from caches; a facilitator's save must show everywhere at once,
 * including in a sheet PDF and a compendium rendered (and kept) just before.
 */
class SheetSaveIsSeenEverywhereTest extends WebTestBase {

    static final String NEW_OBJECTIVE = "Réduire de moitié les palettes perdues";

    @Autowired
    InitiativeRepository initiatives;

    SheetSnapshot adeto;

    @BeforeEach
    void takeSnapshot() {
        adeto = SheetSnapshot.take(initiatives, "adeto");
    }

    @AfterEach
    void restore() {
        adeto.restore();
    }

    @Test
    void aSavedObjectiveShowsOnThePageTheApiAndThePdfsRightAway() throws Exception {
        long id = adeto.original().id().value();
        assertThat(pdfText("/initiatives/adeto/sheet.pdf")).doesNotContain(NEW_OBJECTIVE);
        assertThat(pdfText("/compendium.pdf")).doesNotContain(NEW_OBJECTIVE);
        assertThat(body("/api/v1/initiatives/" + id)).doesNotContain(NEW_OBJECTIVE);

        mvc.perform(post("/initiatives/adeto/edit/objectives")
                        .with(as("animation.adeto"))
                        .with(csrf())
                        .param("version", String.valueOf(adeto.original().version()))
                        .param("objectives", String.join("\n", adeto.original().objectives()) + "\n" + NEW_OBJECTIVE)
                        .param("highlights", String.join("\n", adeto.original().highlights())))
                .andExpect(status().is3xxRedirection());

        assertThat(body("/initiatives/adeto")).contains(NEW_OBJECTIVE);
        assertThat(body("/api/v1/initiatives/" + id)).contains(NEW_OBJECTIVE);
        assertThat(pdfText("/initiatives/adeto/sheet.pdf")).contains("moitié les palettes");
        assertThat(pdfText("/compendium.pdf")).contains("moitié les palettes");
    }

    String body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String pdfText(String path) throws Exception {
        byte[] pdf = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines wrap in the PDF: compare on single spaces.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
