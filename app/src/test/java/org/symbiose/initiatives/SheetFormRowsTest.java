package org.symbiose.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.MultiValueMap;

/**
 * Forms posted with rows the form did not show or values no select offers: refused whole, with a page in
 * the reader's language, and nothing saved.
 */
class SheetFormRowsTest extends SheetFormTestBase {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "key-figures rows[256].label",
                "key-figures rows[100].label",
                "key-figures rows[-1].label",
                "key-figures rows[abc].label",
                "key-figures rows[].label",
                "key-figures rows[99999999999].value",
                "carrier parks[257].name",
                "means fundingLines[1000].funder",
                "stages rows[40].title",
                "animation contacts[30].role"
            })
    void aRowTheFormDidNotShowIsRefusedInFrenchAndNothingIsSaved(String sectionAndField) throws Exception {
        String section = sectionAndField.split(" ")[0];
        String field = sectionAndField.split(" ")[1];
        MultiValueMap<String, String> form = form(section, "animation.adeto");
        form.add(field, "x");

        String page = submit(section, "animation.adeto", form)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(page).select(".error-detail").first().wholeText())
                .isEqualTo("Le formulaire n’a pas de ligne «\u00a0" + field
                        + "\u00a0»\u00a0: rechargez la page et recommencez\u00a0; rien n’a été enregistré.");
        assertThat(page).doesNotContain("Exception");
        assertThat(adeto.unchanged()).isTrue();
    }

    @Test
    void aRowBeyondTheFormIsRefusedInEnglishForAnEnglishReader() throws Exception {
        MultiValueMap<String, String> form = form("key-figures", "animation.adeto");
        form.add("rows[256].label", "x");

        String page = mvc.perform(post("/initiatives/adeto/edit/key-figures")
                        .param("lang", "en")
                        .params(form)
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(page).select(".error-detail").first().wholeText())
                .isEqualTo(
                        "The form has no row \"rows[256].label\": reload the page and try again; nothing was saved.");
        assertThat(adeto.unchanged()).isTrue();
    }

    @Test
    void theLastBlankRowTheFormShowsIsSaved() throws Exception {
        MultiValueMap<String, String> form = form("key-figures", "animation.adeto");
        int last = adeto.original().keyFigures().size() + 2;
        assertThat(form).containsKey("rows[" + last + "].label").doesNotContainKey("rows[" + (last + 1) + "].label");
        form.set("rows[" + last + "].value", "7");
        form.set("rows[" + last + "].label", "Ateliers tenus");

        submit("key-figures", "animation.adeto", form).andExpect(status().is3xxRedirection());

        assertThat(adeto.current().keyFigures())
                .hasSize(adeto.original().keyFigures().size() + 1);
        assertThat(adeto.current()
                        .keyFigures()
                        .get(adeto.original().keyFigures().size())
                        .label())
                .isEqualTo("Ateliers tenus");
    }

    /** A value no select offers (a forged post) cannot build the form: refused whole, in French, nothing saved. */
    @Test
    void forgedChoiceIsRefusedAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> form = form("key-figures", "animation.adeto");
        form.set("rows[0].metric", "EVERYTHING");
        form.set(keyFigureValueField(form, PALLETS), "21");
        MultiValueMap<String, String> carrier = form("carrier", "animation.adeto");
        carrier.set("carrierType", "GUILD");

        for (var forged : List.of(Map.entry("key-figures", form), Map.entry("carrier", carrier))) {
            String page = submit(forged.getKey(), "animation.adeto", forged.getValue())
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(page).select(".error-detail").first().wholeText())
                    .isEqualTo("Le formulaire envoyé est illisible\u00a0: rechargez la page et recommencez\u00a0;"
                            + " rien n’a été enregistré.");
        }
        assertThat(adeto.unchanged()).isTrue();
    }
}
