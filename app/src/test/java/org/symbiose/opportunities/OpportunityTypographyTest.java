package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.WebTestBase;

/**
 * The proposals pages quote the knowledge base (pathway labels, themes, the sources in the reasons)
 * with French typography on French pages, and as written on English ones.
 */
class OpportunityTypographyTest extends WebTestBase {

    /** Punctuation ending a word with an ordinary space or none before it: what French typography forbids. */
    static final Pattern UNSPACED = Pattern.compile("(?:[\\p{L}\\d)»]| )[;:!?](?=\\s|$)");

    @Autowired
    MatchRuns runs;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aQuotationGetsNoBreakSpacesBeforeItsPunctuationAndInsideGuillemets() {
        assertThat(QuotedTexts.french(
                        "Recueil EIT PACA 2020, fiche Authentic Provence; Roig A. (2006), Waste Management"
                                + " 26(9):960-969, https://example.org/a?b"))
                .isEqualTo("Recueil EIT PACA 2020, fiche Authentic Provence\u00a0; Roig A. (2006), Waste Management"
                        + " 26(9):960-969, https://example.org/a?b");
        assertThat(QuotedTexts.french("Lait déclassé en « eau de vache » : usage ?"))
                .isEqualTo("Lait déclassé en «\u00a0eau de vache\u00a0»\u00a0: usage\u00a0?");
        String typeset = QuotedTexts.french("Chertow M.; JRC BREF « a «b» »");
        assertThat(QuotedTexts.french(typeset)).isEqualTo(typeset);
        assertThat(typeset).isEqualTo("Chertow M.\u00a0; JRC BREF «\u00a0a «\u00a0b\u00a0»\u00a0»");
    }

    @Test
    void theFrenchPageTypesetsTheKnowledgesTextsAndTheEnglishPageShowsThemAsWritten() throws Exception {
        long adeto = jdbc.sql("select id from initiative where slug = 'adeto'")
                .query(Long.class)
                .single();
        mvc.perform(get("/initiatives/adeto/opportunities").with(as("animation.adeto")))
                .andExpect(status().isOk());
        OpportunityControllerTest.waitForRun(runs, adeto);

        Document french = page("?kind=substitutions&lang=fr");
        List<String> quoted =
                texts(french, "#proposals td:nth-child(5), #proposals details li, select[name=pathway] option");
        assertThat(quoted).isNotEmpty();
        assertThat(quoted).noneMatch(text -> UNSPACED.matcher(text).find());
        assertThat(String.join("\n", texts(french, "#proposals details li")))
                .as("sources quoted in the reasons, typeset")
                .contains("\u00a0; ");

        Document english = page("?kind=substitutions&lang=en");
        assertThat(String.join("\n", texts(english, "#proposals details li")))
                .as("sources quoted in the reasons, as written")
                .containsPattern("\\p{L}; ")
                .doesNotContain("\u00a0;");
        texts(page("?kind=mutualisations&lang=fr"), "#proposals td:nth-child(3), #proposals details li")
                .forEach(text ->
                        assertThat(UNSPACED.matcher(text).find()).as(text).isFalse());
    }

    /** The texts of the elements, no-break spaces kept (Jsoup's text() turns them into spaces, wholeText() not). */
    static List<String> texts(Document page, String selector) {
        return page.select(selector).stream()
                .map(e -> e.wholeText().replaceAll("[ \\t\\r\\n]+", " ").strip())
                .toList();
    }

    Document page(String query) throws Exception {
        String html = mvc.perform(
                        get("/initiatives/adeto/opportunities" + query).with(as("animation.adeto")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
