package org.symbiose.questionnaire;

/** A status change the questionnaire's life cycle does not allow (accepting a draft, editing a sent one). */
public class QuestionnaireTransitionException extends RuntimeException {

    private final QuestionnaireStatus from;
    private final QuestionnaireStatus to;

    QuestionnaireTransitionException(QuestionnaireStatus from, QuestionnaireStatus to) {
        super("A questionnaire cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public QuestionnaireStatus from() {
        return from;
    }

    public QuestionnaireStatus to() {
        return to;
    }
}
