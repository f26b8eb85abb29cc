package org.symbiose.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.MultiValueMap;
import org.symbiose.impacts.Metric;

/**
 * Editing the experience sheet through the forms, as the demo accounts: who may, what is accepted,
 * what is refused and how. Every test puts ADETO's sheet back as the demo data loaded it.
 */
class SheetEditControllerTest extends SheetFormTestBase {

    @Test
    void everyMetricAndCarrierTypeOfTheSelectsHasALabel() {
        for (Metric metric : Metric.values()) {
            assertThat(messages.getMessage("edit.metric." + metric, null, null, Locale.FRENCH))
                    .as("label of metric %s", metric)
                    .isNotBlank();
        }
        for (CarrierType type : CarrierType.values()) {
            assertThat(messages.getMessage("carrier.type." + type, null, null, Locale.FRENCH))
                    .as("label of carrier type %s", type)
                    .isNotBlank();
        }
    }

    @Test
    void editPageOpensOnTheFirstSection() throws Exception {
        mvc.perform(get("/initiatives/adeto/edit").with(as("animation.adeto")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/initiatives/adeto/edit/identity"));
    }

    @Test
    void facilitatorChangesAKeyFigureAndTheSheetShowsIt() throws Exception {
        MultiValueMap<String, String> form = form("key-figures", "animation.adeto");
        form.set(keyFigureValueField(form, PALLETS), "21");

        submit("key-figures", "animation.adeto", form)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/initiatives/adeto#key-figures"))
                .andExpect(flash().attribute(SheetEditController.FLASH, "Section enregistrée"));

        assertThat(keyFigure(adeto.current(), PALLETS).value()).isEqualByComparingTo("21");
        assertThat(adeto.current().keyFigures()).hasSameSizeAs(adeto.original().keyFigures());
        Document sheet = page(get("/initiatives/adeto"));
        assertThat(sheetFigure(sheet, PALLETS)).isEqualTo("21");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,8", "0,65", "1,5"})
    void frenchDecimalIsAcceptedAsFullTimeEquivalents(String fte) throws Exception {
        MultiValueMap<String, String> form = form("means", "animation.adeto");
        form.set("fte", fte);

        submit("means", "animation.adeto", form).andExpect(status().is3xxRedirection());

        assertThat(adeto.current().means().fte()).isEqualByComparingTo(fte.replace(',', '.'));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"identity", "carrier", "objectives", "key-figures", "stages", "means", "governance", "animation"
            })
    void savingAnUnchangedFormKeepsTheSheetAsItWas(String section) throws Exception {
        submit(section, "animation.adeto", form(section, "animation.adeto")).andExpect(status().is3xxRedirection());

        assertThat(SheetSnapshot.content(adeto.current())).isEqualTo(SheetSnapshot.content(adeto.original()));
        assertThat(adeto.current().version()).isEqualTo(adeto.original().version() + 1);
    }

    @Test
    void invalidValueIsExplainedInFrenchAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> form = form("key-figures", "animation.adeto");
        form.set("rows[0].value", "261");
        form.set("rows[1].value", "beaucoup");

        Document page = page(post("/initiatives/adeto/edit/key-figures")
                .params(form)
                .with(csrf())
                .with(as("animation.adeto")));

        assertThat(summary(page)).containsExactly("Ligne 2 : la valeur doit être un nombre positif, par ex. 1 234,5");
        assertThat(page.select("td.has-error .field-error").eachText())
                .containsExactly("la valeur doit être un nombre positif, par ex. 1 234,5");
        assertThat(page.selectFirst("input[name=\"rows[1].value\"]").val()).isEqualTo("beaucoup");
        assertThat(adeto.unchanged()).as("no partial save").isTrue();

        MultiValueMap<String, String> means = form("means", "animation.adeto");
        means.set("fte", "0,655");
        assertThat(summary(shownAgain("means", means)))
                .containsExactly(
                        "Le nombre d'ETP doit être un nombre positif avec au plus deux décimales, par ex. 0,65");
        assertThat(adeto.unchanged()).isTrue();
    }

    @Test
    void errorsAreInEnglishForAnEnglishReader() throws Exception {
        MultiValueMap<String, String> form = form("key-figures", "animation.adeto");
        form.set("rows[1].value", "-3");

        Document page = page(post("/initiatives/adeto/edit/key-figures")
                .param("lang", "en")
                .params(form)
                .with(csrf())
                .with(as("animation.adeto")));

        assertThat(summary(page)).containsExactly("Row 2: the value must be a positive number, e.g. 1,234.5");
        assertThat(adeto.unchanged()).isTrue();
    }

    @Test
    void crossFieldChecksNameTheRowAndTheField() throws Exception {
        MultiValueMap<String, String> figures = form("key-figures", "animation.adeto");
        int blank = adeto.original().keyFigures().size();
        figures.set("rows[" + blank + "].value", "12");
        Document figuresPage = shownAgain("key-figures", figures);
        assertThat(summary(figuresPage)).containsExactly("Ligne " + (blank + 1) + " : le libellé est obligatoire");

        MultiValueMap<String, String> stages = form("stages", "animation.adeto");
        stages.set("rows[0].startYear", "2016");
        stages.set("rows[0].endYear", "2015");
        assertThat(summary(shownAgain("stages", stages)))
                .containsExactly("Ligne 1 : l'année de fin précède l'année de début");

        MultiValueMap<String, String> identity = form("identity", "animation.adeto");
        identity.set("communeInsee", "83500");
        identity.set("longitude", "");
        assertThat(summary(shownAgain("identity", identity)))
                .containsExactlyInAnyOrder(
                        "La commune 83500 est inconnue : indiquez le code INSEE d'une commune de Provence-Alpes-Côte"
                                + " d'Azur (par ex. 83126), pas son code postal",
                        "La longitude manque : indiquez la latitude et la longitude, ou aucune des deux");

        MultiValueMap<String, String> means = form("means", "animation.adeto");
        means.set("fundingLines[3].funder", "Mécénat");
        means.set("fundingLines[3].sharePct", "70");
        assertThat(summary(shownAgain("means", means))).containsExactly("La somme des parts du budget dépasse 100 %");

        assertThat(adeto.unchanged()).isTrue();
    }

    @Test
    void unknownSectionOrInitiativeIsNotFound() throws Exception {
        mvc.perform(get("/initiatives/adeto/edit/budget").with(as("animation.adeto")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/initiatives/nowhere/edit/key-figures").with(as("reseau")))
                .andExpect(status().isNotFound());
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        MultiValueMap<String, String> form = form("key-figures", "animation.adeto");
        form.set(keyFigureValueField(form, PALLETS), "21");

        mvc.perform(post("/initiatives/adeto/edit/key-figures").params(form).with(as("animation.adeto")))
                .andExpect(status().isForbidden());

        assertThat(adeto.unchanged()).isTrue();
    }

    @Test
    void facilitatorOfAnotherInitiativeAndMembersAreRefused() throws Exception {
        MultiValueMap<String, String> form = form("key-figures", "animation.adeto");
        form.set(keyFigureValueField(form, PALLETS), "21");

        for (String user : List.of("animation.piicto", "membre.adeto")) {
            mvc.perform(get("/initiatives/adeto/edit").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/initiatives/adeto/edit/key-figures").with(as(user)))
                    .andExpect(status().isForbidden());
            submit("key-figures", user, form).andExpect(status().isForbidden());
        }
        assertThat(adeto.unchanged()).isTrue();
    }

    @Test
    void anonymousVisitorIsSentToLogin() throws Exception {
        mvc.perform(get("/initiatives/adeto/edit/key-figures"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/initiatives/adeto/edit/key-figures")
                        .params(form("key-figures", "animation.adeto"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(adeto.unchanged()).isTrue();
    }

    @Test
    void networkCoordinatorMayEditEveryInitiative() throws Exception {
        MultiValueMap<String, String> form = form("objectives", "reseau");
        form.set("highlights", form.getFirst("highlights") + "\nUn réseau d'entreprises très actif");

        submit("objectives", "reseau", form).andExpect(status().is3xxRedirection());

        assertThat(adeto.current().highlights()).endsWith("Un réseau d'entreprises très actif");
        assertThat(adeto.current().highlights())
                .hasSize(adeto.original().highlights().size() + 1);
    }

    @Test
    void saveOverAVersionSomeoneElseReplacedShowsAConflictAndKeepsTheirWork() throws Exception {
        MultiValueMap<String, String> mine = form("key-figures", "animation.adeto");
        MultiValueMap<String, String> theirs = form("objectives", "reseau");
        theirs.set("objectives", theirs.getFirst("objectives") + "\nObjectif ajouté par le réseau");
        submit("objectives", "reseau", theirs).andExpect(status().is3xxRedirection());

        mine.set(keyFigureValueField(mine, PALLETS), "21");
        Document page = shownAgain("key-figures", mine);

        assertThat(page.select(".edit-conflict").text())
                .contains("Quelqu'un d'autre a enregistré cette fiche pendant que vous la modifiiez");
        assertThat(page.selectFirst("input[name=\"" + keyFigureValueField(mine, PALLETS) + "\"]")
                        .val())
                .as("the editor's input is kept")
                .isEqualTo("21");
        assertThat(keyFigure(adeto.current(), PALLETS).value()).isEqualByComparingTo("20");
        assertThat(adeto.current().objectives()).endsWith("Objectif ajouté par le réseau");

        mine.set("version", page.selectFirst("input[name=version]").val());
        submit("key-figures", "animation.adeto", mine).andExpect(status().is3xxRedirection());
        assertThat(keyFigure(adeto.current(), PALLETS).value()).isEqualByComparingTo("21");
        assertThat(adeto.current().objectives()).endsWith("Objectif ajouté par le réseau");
    }

    /** The fields of a section's form as a browser would send them, without the CSRF token. */
}
