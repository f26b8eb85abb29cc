package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/** The board: four columns, cards with their legal moves only, moves posted, illegal and stale ones refused. */
class SynergyBoardTest extends SynergyTestSupport {

    static final String BOARD = "/initiatives/adeto/synergies";

    @Test
    void theBoardShowsFourColumnsAndARetainedSynergyInPerspectiveWithItsLegalMovesOnly() throws Exception {
        SynergyId id = retained(TITLE);

        Document board = page(get(BOARD).with(as("animation.adeto")));

        assertThat(board.select(".synergy-column h2 span:first-child").eachText())
                .containsExactly("En perspective", "En cours", "Réalisée", "Abandonnée");
        Element card = board.getElementById("synergy-" + id);
        assertThat(card).isNotNull();
        assertThat(card.closest(".synergy-column").attr("data-status")).isEqualTo("PERSPECTIVE");
        assertThat(card.text())
                .contains(
                        TITLE,
                        "substitution",
                        companies.namesByInitiative(new InitiativeId(adeto)).get(new CompanyId(member)));
        assertThat(card.select(".synergy-move button").eachText()).containsExactly("Démarrer");
        assertThat(card.select("summary").text()).isEqualTo("Abandonner…");
        assertThat(card.attr("tabindex")).isEqualTo("0");
    }

    @Test
    void aRetainedProposalsAmountIsPlannedNotMeasuredSoItNeverCountsAsAchieved() {
        SynergyId id = retained(TITLE);

        Synergy synergy = stored(id);
        assertThat(synergy.quantity()).isNull();
        SynergyQuantity planned = followUps.of(id).orElseThrow().planned();
        assertThat(planned.value()).isEqualByComparingTo("120");
        assertThat(planned.unit()).isEqualTo(Unit.TONNE);
        assertThat(planned.period()).isEqualTo(Period.YEAR);
    }

    @Test
    void aMoveGoesThroughTheLifeCycleAndIsKeptInTheHistory() throws Exception {
        SynergyId id = retained(TITLE);

        MockHttpServletResponse started = move(id, "IN_PROGRESS", 0, null, "animation.adeto");
        assertThat(started.getStatus()).isEqualTo(302);
        assertThat(started.getRedirectedUrl()).isEqualTo(BOARD + "?moved=" + id + "#synergy-" + id);
        assertThat(move(id, "REALISED", 1, null, "animation.adeto").getStatus()).isEqualTo(302);

        Synergy realised = stored(id);
        assertThat(realised.status()).isEqualTo(SynergyStatus.REALISED);
        assertThat(realised.startedOn()).isNotNull();
        assertThat(realised.realisedOn()).isNotNull();
        assertThat(synergies.history(realised))
                .extracting(SynergyChange::field, SynergyChange::from, SynergyChange::to, SynergyChange::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                SynergyChange.Field.STATUS, "IN_PROGRESS", "REALISED", "animation.adeto"),
                        org.assertj.core.groups.Tuple.tuple(
                                SynergyChange.Field.STATUS, "PERSPECTIVE", "IN_PROGRESS", "animation.adeto"),
                        org.assertj.core.groups.Tuple.tuple(
                                SynergyChange.Field.CREATED_FROM_PROPOSAL, null, null, "animation.adeto"));
        Document board = page(get(BOARD + "?moved=" + id).with(as("animation.adeto")));
        Element card = board.getElementById("synergy-" + id);
        assertThat(card.closest(".synergy-column").attr("data-status")).isEqualTo("REALISED");
        assertThat(card.select("button, summary")).isEmpty();
        assertThat(board.selectFirst("main").attr("data-focus")).isEqualTo("synergy-" + id);
    }

    @Test
    void anIllegalMoveIsRefusedWithTheLifeCyclesReasonInFrenchAndEnglishAndChangesNothing() throws Exception {
        SynergyId id = retained(TITLE);

        MockHttpServletResponse refused = move(id, "REALISED", 0, null, "animation.adeto");

        assertThat(refused.getStatus()).isEqualTo(302);
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.PERSPECTIVE);
        assertThat(synergies.history(stored(id))).hasSize(1);
        Object refusal = mvc.perform(post(BOARD + "/" + id + "/status")
                        .param("status", "REALISED")
                        .param("version", "0")
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andReturn()
                .getFlashMap()
                .get("refusal");
        assertThat(refusal.toString())
                .isEqualTo("«\u00a0" + TITLE + "\u00a0» n'a pas été déplacée. Une synergie en perspective doit"
                        + " d'abord être démarrée (en cours) avant d'être réalisée.");
        Object english = mvc.perform(post(BOARD + "/" + id + "/status")
                        .param("status", "REALISED")
                        .param("version", "0")
                        .param("lang", "en")
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andReturn()
                .getFlashMap()
                .get("refusal");
        assertThat(english.toString()).contains("must first be started");
    }

    @Test
    void aMoveFromAStaleVersionIsRefusedSayingSomeoneElseChangedIt() throws Exception {
        SynergyId id = retained(TITLE);
        move(id, "IN_PROGRESS", 0, null, "animation.adeto");

        Object refusal = mvc.perform(post(BOARD + "/" + id + "/status")
                        .param("status", "ABANDONED")
                        .param("reason", "Le receveur a fermé")
                        .param("version", "0")
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andReturn()
                .getFlashMap()
                .get("refusal");

        assertThat(refusal.toString()).contains("Quelqu'un d'autre a modifié cette synergie");
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.IN_PROGRESS);
    }

    @Test
    void abandoningNeedsAReasonAndKeepsIt() throws Exception {
        SynergyId id = retained(TITLE);

        move(id, "ABANDONED", 0, " ", "animation.adeto");
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.PERSPECTIVE);

        move(id, "ABANDONED", 0, "Le receveur a fermé", "animation.adeto");
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.ABANDONED);
        assertThat(stored(id).abandonReason()).isEqualTo("Le receveur a fermé");
        Document board = page(get(BOARD).with(as("animation.adeto")));
        assertThat(board.getElementById("synergy-" + id)
                        .select(".synergy-move button")
                        .eachText())
                .containsExactly("Rouvrir");
    }

    @Test
    void anUnknownStatusIsA400AndAnotherInitiativesSynergyA404() throws Exception {
        SynergyId id = retained(TITLE);

        assertThat(move(id, "DONE", 0, null, "animation.adeto").getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/initiatives/piicto/synergies/" + id + "/status")
                                .param("status", "IN_PROGRESS")
                                .param("version", "0")
                                .with(csrf())
                                .with(as("animation.piicto")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.PERSPECTIVE);
    }

    @Test
    void aMovePostedByHtmxAnswersTheTwoColumnsToSwapInPlaceAndTheCardToFocus() throws Exception {
        SynergyId id = retained(TITLE);

        MockHttpServletResponse answer = htmxMove(id, "IN_PROGRESS", 0);

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("HX-Trigger-After-Settle"))
                .isEqualTo("{\"synergy-moved\": \"synergy-" + id + "\"}");
        Document swapped = org.jsoup.Jsoup.parse(answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(swapped.select("[hx-swap-oob]").eachAttr("id"))
                .containsExactly(
                        "count-PERSPECTIVE",
                        "cards-PERSPECTIVE",
                        "count-IN_PROGRESS",
                        "cards-IN_PROGRESS",
                        "board-announce");
        assertThat(swapped.select("#cards-IN_PROGRESS #synergy-" + id)).hasSize(1);
        assertThat(swapped.select("#cards-PERSPECTIVE #synergy-" + id)).isEmpty();
        assertThat(swapped.getElementById("count-IN_PROGRESS").text())
                .isEqualTo(
                        String.valueOf(repository.countByStatus(new InitiativeId(adeto), SynergyStatus.IN_PROGRESS)));
        assertThat(swapped.getElementById("board-announce").wholeText())
                .isEqualTo("«\u00a0" + TITLE + "\u00a0» passée en cours.");
        assertThat(swapped.select("#synergy-" + id + " form[hx-post] button").eachText())
                .containsExactly("Marquer réalisée", "Abandonner");
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.IN_PROGRESS);
    }

    @Test
    void anIllegalOrStaleMovePostedByHtmxShowsTheReasonNextToTheCardAndChangesNothing() throws Exception {
        SynergyId id = retained(TITLE);

        Document illegal = org.jsoup.Jsoup.parse(
                htmxMove(id, "REALISED", 0).getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(illegal.selectFirst("#cards-PERSPECTIVE #synergy-" + id + " .synergy-refusal")
                        .wholeText())
                .isEqualTo("«\u00a0" + TITLE + "\u00a0» n'a pas été déplacée. Une synergie en perspective doit"
                        + " d'abord être démarrée (en cours) avant d'être réalisée.");
        assertThat(illegal.getElementById("board-announce").text()).isEmpty();
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.PERSPECTIVE);

        move(id, "IN_PROGRESS", 0, null, "animation.adeto");
        Document stale = org.jsoup.Jsoup.parse(
                htmxMove(id, "REALISED", 0).getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        // The card is shown where it really is now, with the version to move it from.
        Element card = stale.selectFirst("#cards-IN_PROGRESS #synergy-" + id);
        assertThat(card.select(".synergy-refusal").text()).contains("Quelqu'un d'autre a modifié cette synergie");
        assertThat(card.attr("data-version")).isEqualTo("1");
        assertThat(synergies.history(stored(id))).hasSize(2);
    }

    MockHttpServletResponse htmxMove(SynergyId id, String status, int version) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(BOARD + "/" + id + "/status")
                        .param("status", status)
                        .param("version", String.valueOf(version))
                        .param("from", "PERSPECTIVE")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andReturn()
                .getResponse();
    }

    MockHttpServletResponse move(SynergyId id, String status, int version, String reason, String user)
            throws Exception {
        var request = MockMvcRequestBuilders.post(BOARD + "/" + id + "/status")
                .param("status", status)
                .param("version", String.valueOf(version))
                .with(csrf())
                .with(as(user));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
