package org.symbiose.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.flows.Flow;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;

/** The questionnaire's life cycle: what the member and the facilitators may do, and when. */
class QuestionnaireTest {

    static final long COMPANY = 7;
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Stamp MEMBER = new Stamp("membre.adeto", T0.plusSeconds(60));
    static final Stamp FACILITATOR = new Stamp("animation.adeto", T0.plusSeconds(3600));

    static DeclaredFlow pallets() {
        return DeclaredFlow.of(new Flow(
                null,
                new CompanyId(COMPANY),
                null,
                Direction.OUT,
                "Palettes bois",
                FlowCategory.WASTE,
                "150103",
                new BigDecimal("12"),
                Unit.TONNE,
                Period.YEAR,
                null,
                false,
                null,
                null,
                null));
    }

    static Questionnaire draftWithOneRow() {
        return Questionnaire.start(new CompanyId(COMPANY), new InitiativeId(3), new Stamp("membre.adeto", T0))
                .redraft(List.of(pallets()), T0);
    }

    @Test
    void aNewQuestionnaireIsAnEmptyDraft() {
        Questionnaire draft =
                Questionnaire.start(new CompanyId(COMPANY), new InitiativeId(3), new Stamp("membre.adeto", T0));

        assertThat(draft.status()).isEqualTo(QuestionnaireStatus.DRAFT);
        assertThat(draft.rows()).isEmpty();
        assertThat(draft.submitted()).isNull();
    }

    @Test
    void submittedThenAcceptedKeepsWhoDidWhatAndWhen() {
        Questionnaire accepted = draftWithOneRow().submit(MEMBER).accept(FACILITATOR);

        assertThat(accepted.status()).isEqualTo(QuestionnaireStatus.ACCEPTED);
        assertThat(accepted.submitted()).isEqualTo(MEMBER);
        assertThat(accepted.reviewed()).isEqualTo(FACILITATOR);
        assertThat(accepted.rows()).containsExactly(pallets());
    }

    @Test
    void sentBackWithACommentTheMemberCorrectsAndSendsAgain() {
        Questionnaire returned = draftWithOneRow().submit(MEMBER).sendBack(FACILITATOR, "  Précisez la quantité. ");

        assertThat(returned.status()).isEqualTo(QuestionnaireStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Précisez la quantité.");
        assertThat(returned.status().editableByMember()).isTrue();

        Questionnaire again = returned.redraft(List.of(pallets(), pallets()), T0.plusSeconds(7200))
                .submit(new Stamp("membre.adeto", T0.plusSeconds(7200)));
        assertThat(again.status()).isEqualTo(QuestionnaireStatus.SUBMITTED);
        assertThat(again.rows()).hasSize(2);
        assertThat(again.returnComment()).as("answered by the new submission").isNull();
    }

    @Test
    void aSendBackNeedsAComment() {
        Questionnaire submitted = draftWithOneRow().submit(MEMBER);

        assertThatThrownBy(() -> submitted.sendBack(FACILITATOR, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comment");
        assertThatThrownBy(() -> submitted.sendBack(FACILITATOR, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyQuestionnaireCannotBeSubmittedNorAmendedToNothing() {
        Questionnaire empty =
                Questionnaire.start(new CompanyId(COMPANY), new InitiativeId(3), new Stamp("membre.adeto", T0));

        assertThatThrownBy(() -> empty.submit(MEMBER)).isInstanceOf(IllegalArgumentException.class);
        Questionnaire submitted = draftWithOneRow().submit(MEMBER);
        assertThatThrownBy(() -> submitted.amend(List.of(), T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFacilitatorsAmendOnlyASubmittedQuestionnaire() {
        Questionnaire submitted = draftWithOneRow().submit(MEMBER);

        Questionnaire amended = submitted.amend(List.of(pallets(), pallets()), T0.plusSeconds(10));
        assertThat(amended.status()).isEqualTo(QuestionnaireStatus.SUBMITTED);
        assertThat(amended.rows()).hasSize(2);

        assertThatThrownBy(() -> draftWithOneRow().amend(List.of(pallets()), T0))
                .isInstanceOf(QuestionnaireTransitionException.class);
    }

    @Test
    void illegalTransitionsAreRefused() {
        Questionnaire draft = draftWithOneRow();
        Questionnaire submitted = draft.submit(MEMBER);
        Questionnaire accepted = submitted.accept(FACILITATOR);

        assertThatThrownBy(() -> draft.accept(FACILITATOR))
                .isInstanceOfSatisfying(QuestionnaireTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(QuestionnaireStatus.DRAFT);
                    assertThat(e.to()).isEqualTo(QuestionnaireStatus.ACCEPTED);
                });
        assertThatThrownBy(() -> draft.sendBack(FACILITATOR, "non"))
                .isInstanceOf(QuestionnaireTransitionException.class);
        assertThatThrownBy(() -> submitted.submit(MEMBER)).isInstanceOf(QuestionnaireTransitionException.class);
        assertThatThrownBy(() -> submitted.redraft(List.of(), T0)).isInstanceOf(QuestionnaireTransitionException.class);
        assertThatThrownBy(() -> accepted.accept(FACILITATOR)).isInstanceOf(QuestionnaireTransitionException.class);
        assertThatThrownBy(() -> accepted.sendBack(FACILITATOR, "trop tard"))
                .isInstanceOf(QuestionnaireTransitionException.class);
        assertThatThrownBy(() -> accepted.redraft(List.of(pallets()), T0))
                .isInstanceOf(QuestionnaireTransitionException.class);
        assertThatThrownBy(() -> accepted.submit(MEMBER)).isInstanceOf(QuestionnaireTransitionException.class);
    }

    @Test
    void aQuestionnaireHoldsOnlyItsCompanysFlows() {
        var other = DeclaredFlow.of(new Flow(
                null,
                new CompanyId(COMPANY + 1),
                null,
                Direction.IN,
                "Carton",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));

        assertThatThrownBy(() -> Questionnaire.start(new CompanyId(COMPANY), new InitiativeId(3), MEMBER)
                        .redraft(List.of(other), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptedRowsRememberTheFlowsTheyBecame() {
        Questionnaire accepted = draftWithOneRow().submit(MEMBER).accept(FACILITATOR);

        assertThat(accepted.withAcceptedFlows(List.of(new FlowId(42L))).rows())
                .extracting(DeclaredFlow::acceptedFlowId)
                .containsExactly(new FlowId(42L));
        assertThatThrownBy(() -> draftWithOneRow().withAcceptedFlows(List.of(new FlowId(42L))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
