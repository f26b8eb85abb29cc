package org.symbiose.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.WebTestBase;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.synergies.SynergyRepository;

/**
 * The compendium as a reader turns its pages: the seed's order, one count of sheets, computed figures
 * with their unit, no description repeating its title, no key-figure grid cut in two, no heading left
 * alone at the foot of a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompendiumLayoutTest extends WebTestBase {

    static final List<String> SEED_ORDER = List.of(
            "ADETO",
            "L'ARGILE CIRCULAIRE",
            "AUTHENTIC PROVENCE",
            "CAVEM",
            "EBG",
            "ENTREPRENEURS DES SORGUES",
            "PIICTO",
            "CLUB PAL");

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    SynergyRepository synergies;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    List<String> pages;

    @BeforeAll
    void renderTheCompendiumOnce() throws Exception {
        pages = pages(mvc.perform(get("/compendium.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    }

    @Test
    void sheetsFollowTheSeedOrderNotTheAlphabet() {
        List<Integer> starts = new ArrayList<>();
        String toc = flat(pages.get(1));
        int previous = -1;
        for (String name : SEED_ORDER) {
            int at = toc.indexOf(name + " : ");
            assertThat(at).as("%s in the table of contents", name).isGreaterThan(previous);
            previous = at;
            starts.add(startPage(name));
        }
        assertThat(starts).isSorted();
    }

    @Test
    void coverAndIntroductionCountTheSameSheetsAsTheTableOfContents() throws Exception {
        // A ninth initiative, unpublished: the coordinator's compendium holds nine sheets.
        mvc.perform(post("/admin/initiatives/new")
                        .with(as("reseau"))
                        .with(csrf())
                        .param("slug", "aaa-compendium-test")
                        .param("name", "AAA COMPENDIUM")
                        .param("title", "Démarche ajoutée après les autres")
                        .param("carrierName", "Association de test")
                        .param("carrierType", "BUSINESS_PARK_ASSOCIATION"))
                .andExpect(status().is3xxRedirection());
        try {
            List<String> nine = pages(mvc.perform(get("/compendium.pdf").with(as("reseau")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray());
            assertThat(flat(nine.get(0))).contains("9 fiches retour d'expérience");
            assertThat(flat(nine.get(2))).contains("Ce recueil compile 9 fiches retour d'expérience");
            assertThat(String.join("", nine)).doesNotContain("8 fiches");
            String toc = flat(nine.get(1));
            assertThat(toc.indexOf("AAA COMPENDIUM"))
                    .as("the newest initiative comes last")
                    .isGreaterThan(toc.indexOf("CLUB PAL"));
        } finally {
            jdbc.sql("delete from initiative where slug = 'aaa-compendium-test'")
                    .update();
            initiatives.forgetCached();
        }
        assertThat(flat(pages.get(0))).contains("8 fiches retour d'expérience");
        assertThat(flat(pages.get(2))).contains("Ce recueil compile 8 fiches retour d'expérience");
    }

    @Test
    void everyComputedFigureSaysWhatItCounts() {
        Pattern computed = Pattern.compile("Calculé par la plateforme\\s*:\\s*([\\d\\s,]+)(\\S*)");
        Matcher m =
                computed.matcher(String.join("\n", pages).replace('\u00a0', ' ').replace('\u202f', ' '));
        int seen = 0;
        while (m.find()) {
            seen++;
            assertThat(m.group(2)).as("unit after «%s»", m.group().strip()).matches(".*\\p{L}.*");
        }
        assertThat(seen).isGreaterThan(10);
        assertThat(flat(String.join(" ", pages))).contains("Calculé par la plateforme : 16 kt/an");
    }

    @Test
    void noSynergyDescriptionRepeatsItsTitle() {
        String text = flat(String.join(" ", pages));
        for (Initiative i : initiatives.listAll()) {
            for (var s : synergies.listByInitiative(i.id())) {
                assertThat(text).doesNotContain(s.title() + " : " + s.title());
            }
        }
        assertThat(text).contains("Projet HyaMMED : Valorisation d'hydrogène");
    }

    @Test
    void keyFiguresStayOnOnePage() {
        for (Initiative i : initiatives.listAll()) {
            String heading = message("sheet.keyFigures").toUpperCase(Locale.FRENCH);
            int start = startPage(i.name());
            int page = start;
            while (!flat(pages.get(page - 1)).contains(heading)) {
                page++;
            }
            String grid = flat(pages.get(page - 1));
            for (var figure : i.keyFigures()) {
                assertThat(grid)
                        .as("%s: %s on page %d", i.name(), figure.label(), page)
                        .contains(flat(figure.label()));
            }
        }
    }

    @Test
    void noPageEndsWithAHeading() {
        // Section headings are set in capitals (text-transform), sub-headings as written: a key figure's
        // label wrapped to "réalisées" on its last line is not the heading "Réalisées".
        Set<String> headings = new TreeSet<>();
        for (String key : List.of(
                "sheet.description",
                "sheet.identity",
                "sheet.objectives",
                "sheet.keyFigures",
                "sheet.synergies",
                "sheet.stages",
                "sheet.means",
                "sheet.governance",
                "sheet.animation",
                "sheet.contacts")) {
            headings.add(flat(message(key)).toUpperCase(Locale.FRENCH));
        }
        for (String key : List.of(
                "sheet.highlights",
                "sheet.governance.strategic",
                "sheet.governance.technical",
                "sheet.governance.partners",
                "sheet.governance.publicPolicies",
                "sheet.animation.methods",
                "sheet.animation.tools",
                "synergy.status.REALISED",
                "synergy.status.IN_PROGRESS",
                "synergy.status.PERSPECTIVE",
                "synergy.status.ABANDONED",
                "reports.results")) {
            headings.add(flat(message(key)));
        }
        List<String> stranded = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = Stream.of(pages.get(p).split("\\R"))
                    .map(CompendiumLayoutTest::flat)
                    .filter(l -> !l.isBlank())
                    .toList();
            String last = lines.get(lines.size() - 1);
            if (headings.contains(last)) {
                stranded.add("page " + (p + 1) + ": "
                        + String.join(" | ", lines.subList(Math.max(0, lines.size() - 4), lines.size())));
            }
        }
        assertThat(headings).contains("CHIFFRES CLÉS", "Réalisées", "Pilotage stratégique de la démarche");
        assertThat(stranded).isEmpty();
    }

    /** The page (from 1) where a sheet starts, read from the table of contents. */
    int startPage(String name) {
        Matcher line = Pattern.compile(Pattern.quote(name) + " : .*?(\\d+)\\s*$", Pattern.MULTILINE)
                .matcher(pages.get(1).replace('\u00a0', ' ').replaceAll("\\.{2,}\\s*", " "));
        assertThat(line.find()).as("table of contents line of %s", name).isTrue();
        return Integer.parseInt(line.group(1));
    }

    String message(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }

    /** Text with its spaces, non-breaking or not, and line breaks as single spaces. */
    static String flat(String text) {
        return text.replace('\u2019', '\'')
                .replaceAll("[\\s\\u00a0\\u202f]+", " ")
                .strip();
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }
}
