package org.symbiose.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.WebTestBase;

/** The compendium and sheet PDFs, read back as a reader would: text, page numbers, fonts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfReportsTest extends WebTestBase {

    static final List<String> NAMES =
            List.of("ADETO", "ARGILE", "AUTHENTIC PROVENCE", "CAVEM", "EBG", "SORGUES", "PIICTO", "CLUB PAL");

    @Autowired
    JdbcClient jdbc;

    byte[] compendium;

    @BeforeAll
    void renderCompendiumOnce() throws Exception {
        compendium = mvc.perform(get("/api/v1/network/compendium.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void compendiumHoldsTableOfContentsWithPageNumbersOfEverySheet() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(compendium)) {
            String toc = pageText(pdf, 2);
            assertThat(toc).containsIgnoringCase("Sommaire");
            List<String> titles = jdbc.sql("select name from initiative order by lower(name)")
                    .query(String.class)
                    .list();
            assertThat(titles).hasSize(8);
            for (String title : titles) {
                Matcher line = Pattern.compile(Pattern.quote(title) + " : .*?(\\d+)\\s*$", Pattern.MULTILINE)
                        .matcher(toc.replace('\u00a0', ' ').replaceAll("\\.{2,}\\s*", " "));
                assertThat(line.find())
                        .as("table of contents line of %s", title)
                        .isTrue();
                int page = Integer.parseInt(line.group(1));
                assertThat(page).isBetween(3, pdf.getNumberOfPages());
                assertThat(pageText(pdf, page).toUpperCase())
                        .as("page %d starts the sheet of %s", page, title)
                        .contains(title.toUpperCase());
            }
        }
    }

    @Test
    void everySheetOfTheCompendiumHasEverySeedSection() throws IOException {
        String text = text(compendium);
        for (String section : List.of(
                "Description de la démarche",
                "Carte d'identité de l'acteur et de son territoire",
                "Objectifs généraux",
                "Le + de la démarche",
                "Chiffres clés",
                "Synergies",
                "Étapes de mise en œuvre",
                "Moyens humains et financiers",
                "Gouvernance",
                "Méthodologie d'animation et communication")) {
            assertThat(count(text.toLowerCase(), section.toLowerCase()))
                    .as("occurrences of section '%s'", section)
                    .isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void sheetPdfShowsKeyFiguresWithFrenchTypography() throws Exception {
        long piicto = jdbc.sql("select id from initiative where slug = 'piicto'")
                .query(Long.class)
                .single();
        byte[] bytes = mvc.perform(get("/api/v1/initiatives/" + piicto + "/sheet.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = text(bytes).replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(text).contains("35,9").contains("4 800").contains("Kilotonnes");
    }

    @Test
    void allFontsAreEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(compendium)) {
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            assertThat(notEmbedded).isEmpty();
        }
    }

    @Test
    void pdfsCarryNoPersonalContactDetails() throws IOException {
        assertThat(text(compendium))
                .doesNotContainPattern("[\\w.-]+@[\\w-]+\\.\\w+")
                .doesNotContainPattern("0\\d[ .]\\d\\d[ .]\\d\\d[ .]\\d\\d[ .]\\d\\d");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String pageText(PDDocument pdf, int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
