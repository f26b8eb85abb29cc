package org.symbiose.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;
import org.symbiose.flows.Flow;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.QuestionnaireId;

/** The facilitators review a sent questionnaire: send it back with a comment, amend it, accept it. */
class QuestionnaireReviewTest extends QuestionnaireTestBase {

    List<String> newFlowLabels() {
        return flows.listByCompany(new CompanyId(company)).stream()
                .filter(flow -> !flowsBefore.contains(flow))
                .map(Flow::label)
                .toList();
    }

    @Test
    void aSendBackNeedsACommentThenTheMemberSeesItAndMayCorrect() throws Exception {
        long id = submitTwoFlows();
        MultiValueMap<String, String> sendBack = form(page(get(review(id)).with(as(FACILITATOR))), "form.send-back");
        sendBack.set("comment", "  ");

        Document refused = shownAgain(review(id) + "/return", FACILITATOR, sendBack);

        assertThat(refused.select(".send-back .field-error").text())
                .startsWith("le commentaire est obligatoire pour renvoyer le questionnaire");
        assertThat(questionnaires
                        .findById(new QuestionnaireId(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(QuestionnaireStatus.SUBMITTED);

        sendBack.set("comment", "Précisez la quantité de cartons, par mois.");
        send(review(id) + "/return", FACILITATOR, sendBack).andExpect(redirectedUrl(review(id)));

        assertThat(questionnaires
                        .findById(new QuestionnaireId(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(QuestionnaireStatus.RETURNED);
        Document mine = page(get(MINE).with(as(MEMBER)));
        assertThat(mine.select("#return-comment").text()).isEqualTo("Précisez la quantité de cartons, par mois.");
        MultiValueMap<String, String> again = form(mine, "form.questionnaire-form");
        assertThat(again.getFirst("rows[1].label")).isEqualTo("Cartons d'emballage");
        Document log = page(get(review(id)).with(as(FACILITATOR)));
        assertThat(log.select("#questionnaire-log tbody tr").eachText())
                .hasSize(2)
                .first()
                .asString()
                .contains(FACILITATOR, "renvoyé au membre", "Précisez la quantité de cartons, par mois.");

        again.set("rows[1].quantity", "3");
        again.set("rows[1].unit", "TONNE");
        again.set("rows[1].period", "MONTH");
        send(MINE + "/submit", MEMBER, again).andExpect(redirectedUrl(MINE));
        Questionnaire resent = questionnaires.findById(new QuestionnaireId(id)).orElseThrow();
        assertThat(resent.status()).isEqualTo(QuestionnaireStatus.SUBMITTED);
        assertThat(resent.rows().get(1).flow().quantity()).isEqualByComparingTo("3");
    }

    @Test
    void acceptingTurnsTheRowsIntoTheCompanysFlowsInOneGo() throws Exception {
        long id = submitTwoFlows();
        MultiValueMap<String, String> form =
                form(page(get(review(id)).with(as(FACILITATOR))), "form.questionnaire-form");

        send(review(id) + "/accept", FACILITATOR, form).andExpect(redirectedUrl(review(id)));

        assertThat(newFlowLabels()).containsExactlyInAnyOrder("Copeaux de bois", "Cartons d'emballage");
        Questionnaire accepted =
                questionnaires.findById(new QuestionnaireId(id)).orElseThrow();
        assertThat(accepted.status()).isEqualTo(QuestionnaireStatus.ACCEPTED);
        assertThat(accepted.reviewed().by()).isEqualTo(FACILITATOR);
        assertThat(accepted.rows())
                .allSatisfy(row -> assertThat(row.acceptedFlowId()).isNotNull());

        Document page = page(get(review(id)).with(as(FACILITATOR)));
        assertThat(page.select("form.questionnaire-form")).isEmpty();
        assertThat(page.select("#questionnaire-log tbody tr").eachText())
                .satisfiesExactly(
                        accept -> assertThat(accept).contains(FACILITATOR, "accepté"),
                        submit -> assertThat(submit).contains(MEMBER, "envoyé à l’animation"));
        assertThat(page(get("/companies/" + company).with(as(MEMBER)))
                        .select("#flows")
                        .text())
                .contains("Copeaux de bois", "Cartons d'emballage");
        Document mine = page(get(MINE).with(as(MEMBER)));
        assertThat(mine.select("#questionnaire-status").text()).contains("a été accepté");
        assertThat(mine.select("#known-flows").text()).contains("Copeaux de bois");
        assertThat(form(mine, "form.questionnaire-form").getFirst("rows[0].label"))
                .as("a new questionnaire can be started")
                .isEmpty();
    }

    @Test
    void theFacilitatorAmendsThenAccepts() throws Exception {
        long id = submitTwoFlows();
        MultiValueMap<String, String> form =
                form(page(get(review(id)).with(as(FACILITATOR))), "form.questionnaire-form");
        form.set("rows[1].label", "Cartons d'emballage bruns");
        form.set("rows[1].quantity", "40");
        form.set("rows[1].unit", "CUBIC_METRE");

        send(review(id), FACILITATOR, form).andExpect(redirectedUrl(review(id)));

        Questionnaire amended = questionnaires.findById(new QuestionnaireId(id)).orElseThrow();
        assertThat(amended.status()).isEqualTo(QuestionnaireStatus.SUBMITTED);
        assertThat(amended.rows().get(1).flow().label()).isEqualTo("Cartons d'emballage bruns");
        assertThat(newFlowLabels()).as("amending adds no flow").isEmpty();

        Document page = page(get(review(id)).with(as(FACILITATOR)));
        assertThat(page.select("#questionnaire-log tbody tr").first().text()).contains(FACILITATOR, "corrigé");
        send(review(id) + "/accept", FACILITATOR, form(page, "form.questionnaire-form"))
                .andExpect(status().is3xxRedirection());

        assertThat(newFlowLabels()).containsExactlyInAnyOrder("Copeaux de bois", "Cartons d'emballage bruns");
    }

    @Test
    void anAcceptanceWithInvalidRowsOrFromAStalePageAddsNoFlow() throws Exception {
        long id = submitTwoFlows();
        MultiValueMap<String, String> form =
                form(page(get(review(id)).with(as(FACILITATOR))), "form.questionnaire-form");
        MultiValueMap<String, String> invalid = new org.springframework.util.LinkedMultiValueMap<>(form);
        invalid.set("rows[0].availableFrom", "2026-09-01");
        invalid.set("rows[0].availableTo", "2026-01-31");

        Document refused = shownAgain(review(id) + "/accept", FACILITATOR, invalid);

        assertThat(summary(refused))
                .containsExactly("Ligne 1 (Jusqu’au) : la fin de la disponibilité est avant son début.");
        MultiValueMap<String, String> amended = new org.springframework.util.LinkedMultiValueMap<>(form);
        amended.set("rows[0].label", "Copeaux de hêtre");
        send(review(id), FACILITATOR, amended).andExpect(status().is3xxRedirection());

        Document conflict = shownAgain(review(id) + "/accept", FACILITATOR, form);

        assertThat(conflict.select(".edit-conflict")).isNotEmpty();
        assertThat(newFlowLabels()).isEmpty();
        assertThat(questionnaires
                        .findById(new QuestionnaireId(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(QuestionnaireStatus.SUBMITTED);
    }

    @Test
    void draftsAreTheMembersUntilSent() throws Exception {
        MultiValueMap<String, String> form = memberForm();
        fill(form, 0, "OUT", "Palettes", "", "");
        send(MINE, MEMBER, form).andExpect(status().is3xxRedirection());
        long draft = questionnaires
                .findLatest(new CompanyId(company))
                .orElseThrow()
                .id()
                .value();

        mvc.perform(get(review(draft)).with(as(FACILITATOR))).andExpect(status().isNotFound());
        assertThat(page(get("/initiatives/adeto/questionnaires").with(as(FACILITATOR)))
                        .select("#questionnaires a"))
                .noneMatch(link -> link.attr("href").equals(review(draft)));
    }
}
