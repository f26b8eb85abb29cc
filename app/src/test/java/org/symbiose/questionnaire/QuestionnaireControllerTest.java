package org.symbiose.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.flows.Flow;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.QuestionnaireId;

/** The member fills, saves and sends their questionnaire; errors name their row and field and save nothing. */
class QuestionnaireControllerTest extends QuestionnaireTestBase {

    @Test
    void theMemberSeesTheKnownFlowsAndAnEmptyFormOfBlankRows() throws Exception {
        Document page = page(get(MINE).with(as(MEMBER)));

        assertThat(page.select("#known-flows tbody tr")).hasSize(flowsBefore.size());
        assertThat(page.select("#known-flows").text())
                .contains(flowsBefore.get(0).label());
        assertThat(page.select("fieldset.questionnaire-row")).hasSize(QuestionnaireForm.BLANK_ROWS);
        assertThat(page.select("#save-draft").text()).isEqualTo("Enregistrer le brouillon");
        assertThat(page.select("#submit").text()).isEqualTo("Envoyer à l’animateur·rice");
        assertThat(page.select("header nav a[href=/my-company/questionnaire]").text())
                .isEqualTo("Mon questionnaire");
    }

    @Test
    void aSavedDraftKeepsItsRowsAndShowsThemAgain() throws Exception {
        MultiValueMap<String, String> form = memberForm();
        fill(form, 0, "OUT", "Copeaux de bois", "1 234,5", "TONNE");
        form.set("rows[0].category", "WASTE");
        form.set("rows[0].ewc", "03 01 05");
        form.set("rows[0].availableFrom", "2026-04-01");
        form.set("rows[0].hazardous", "false");
        fill(form, 2, "IN", "Chaleur basse température", "", "");
        form.set("rows[2].temperature", "45,5");

        send(MINE, MEMBER, form).andExpect(redirectedUrl(MINE));

        Questionnaire draft = questionnaires.findLatest(new CompanyId(company)).orElseThrow();
        assertThat(draft.status()).isEqualTo(QuestionnaireStatus.DRAFT);
        assertThat(draft.rows()).hasSize(2);
        Flow wood = draft.rows().get(0).flow();
        assertThat(wood.direction()).isEqualTo(Direction.OUT);
        assertThat(wood.category()).isEqualTo(FlowCategory.WASTE);
        assertThat(wood.ewc()).isEqualTo("030105");
        assertThat(wood.quantity()).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(wood.unit()).isEqualTo(Unit.TONNE);
        assertThat(wood.hazardous()).isFalse();
        assertThat(draft.rows().get(1).flow().temperatureC()).isEqualByComparingTo("45.5");

        Document again = page(get(MINE).with(as(MEMBER)));
        assertThat(again.select("#questionnaire-status").text()).contains("Brouillon enregistré");
        MultiValueMap<String, String> shown = form(again, "form.questionnaire-form");
        assertThat(shown.getFirst("rows[0].label")).isEqualTo("Copeaux de bois");
        assertThat(shown.getFirst("rows[0].quantity")).isEqualTo("1234,5");
        assertThat(shown.getFirst("rows[0].unit")).isEqualTo("TONNE");
        assertThat(shown.getFirst("rows[1].label")).isEqualTo("Chaleur basse température");
        assertThat(shown.getFirst("version")).isEqualTo(String.valueOf(draft.version()));
    }

    @Test
    void invalidRowsAreNamedByRowAndFieldAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> form = memberForm();
        fill(form, 0, "OUT", "Palettes", "beaucoup", "TONNE");
        fill(form, 1, "IN", "", "", "");
        form.set("rows[1].notes", "sans libellé");
        fill(form, 2, "OUT", "Sable", "12", "");
        form.set("rows[2].ewc", "99 99 99");

        Document page = shownAgain(MINE + "/submit", MEMBER, form);

        // Jsoup reads the no-break spaces before the colons and inside the quotes as spaces.
        assertThat(summary(page))
                .containsExactly(
                        "Ligne 1 (Quantité) : la quantité doit être un nombre, par ex. 1 234,5.",
                        "Ligne 2 (Libellé) : le libellé est obligatoire.",
                        "Ligne 3 (Code déchet) : « 99 99 99 » n’est pas un code de la liste européenne"
                                + " des déchets (six chiffres, par ex. 15 01 03).",
                        "Ligne 3 (Unité) : une quantité a besoin d’une unité.");
        assertThat(page.select("fieldset.questionnaire-row")
                        .get(1)
                        .select(".has-error input")
                        .eachAttr("name"))
                .containsExactly("rows[1].label");
        assertThat(form(page, "form.questionnaire-form").getFirst("rows[0].quantity"))
                .as("what was typed is kept")
                .isEqualTo("beaucoup");
        assertThat(questionnaires.findLatest(new CompanyId(company)))
                .as("nothing saved")
                .isEmpty();
    }

    @Test
    void anEmptyQuestionnaireCannotBeSentButAnEmptyDraftIsSaved() throws Exception {
        Document page = shownAgain(MINE + "/submit", MEMBER, memberForm());

        assertThat(summary(page)).containsExactly("Déclarez au moins un flux avant d’envoyer le questionnaire.");
        assertThat(questionnaires.findLatest(new CompanyId(company))).isEmpty();
    }

    @Test
    void aSentQuestionnaireIsReadOnlyWithItsStatusAndListedForTheFacilitators() throws Exception {
        long id = submitTwoFlows();

        Document mine = page(get(MINE).with(as(MEMBER)));
        assertThat(mine.select("form.questionnaire-form")).isEmpty();
        assertThat(mine.select("#questionnaire-status").text()).contains("en attente de relecture");
        assertThat(mine.select("#sent-flows tbody tr").eachText())
                .containsExactly("sortant Copeaux de bois 03 01 05 1\u202f234,5 t / an", "entrant Cartons d'emballage");

        Document list = page(get("/initiatives/adeto/questionnaires").with(as(FACILITATOR)));
        assertThat(list.select("#questionnaires tbody tr").first().text())
                .contains("à relire", MEMBER)
                .endsWith("2");
        assertThat(list.select("#questionnaires a").first().attr("href")).isEqualTo(review(id));

        // A post of the sent questionnaire's version cannot change it any more.
        MultiValueMap<String, String> forged = new LinkedMultiValueMap<>();
        forged.add(
                "version",
                String.valueOf(questionnaires
                        .findById(new QuestionnaireId(id))
                        .orElseThrow()
                        .version()));
        forged.add("rows[0].direction", "IN");
        forged.add("rows[0].label", "Autre chose");
        send(MINE, MEMBER, forged).andExpect(status().isConflict());
        assertThat(questionnaires
                        .findById(new QuestionnaireId(id))
                        .orElseThrow()
                        .rows())
                .hasSize(2);
    }

    @Test
    void aSaveFromAStalePageIsAConflictThatKeepsWhatWasTyped() throws Exception {
        MultiValueMap<String, String> first = memberForm();
        MultiValueMap<String, String> stale = memberForm();
        fill(first, 0, "OUT", "Palettes", "", "");
        send(MINE, MEMBER, first).andExpect(status().is3xxRedirection());
        fill(stale, 0, "OUT", "Verre", "", "");

        Document page = shownAgain(MINE, MEMBER, stale);

        assertThat(page.select(".edit-conflict").text()).contains("pendant que vous le modifiiez");
        assertThat(form(page, "form.questionnaire-form").getFirst("rows[0].label"))
                .isEqualTo("Verre");
        assertThat(questionnaires
                        .findLatest(new CompanyId(company))
                        .orElseThrow()
                        .rows())
                .extracting(row -> row.flow().label())
                .containsExactly("Palettes");
    }

    @Test
    void addingARowKeepsWhatWasTypedAndSavesNothing() throws Exception {
        MultiValueMap<String, String> form = memberForm();
        fill(form, 0, "OUT", "Palettes", "", "");

        Document page = shownAgain(MINE + "/rows", MEMBER, form);

        assertThat(page.select("fieldset.questionnaire-row")).hasSize(QuestionnaireForm.BLANK_ROWS + 1);
        assertThat(form(page, "form.questionnaire-form").getFirst("rows[0].label"))
                .isEqualTo("Palettes");
        assertThat(questionnaires.findLatest(new CompanyId(company))).isEmpty();
    }

    @Test
    void rowsBeyondTheFormsMaximumAreRefused() throws Exception {
        MultiValueMap<String, String> form = memberForm();
        form.set("rows[" + QuestionnaireForm.MAX_ROWS + "].label", "Une de trop");

        send(MINE, MEMBER, form).andExpect(status().isBadRequest());
        MultiValueMap<String, String> negative = memberForm();
        negative.set("rows[-1].label", "Négative");
        send(MINE + "/submit", MEMBER, negative).andExpect(status().isBadRequest());
        assertThat(questionnaires.findLatest(new CompanyId(company))).isEmpty();
    }
}
