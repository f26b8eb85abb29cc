package org.symbiose.questionnaire;

/**
 * Where a member's questionnaire stands: the member fills a draft and sends it; the facilitators
 * accept it (its rows become the company's flows) or send it back with a comment, and the member
 * corrects it and sends it again. See {@link Questionnaire} for the transitions.
 */
public enum QuestionnaireStatus {
    /** Being filled by the company's member, seen by nobody else. */
    DRAFT,
    /** Sent to the facilitators, read-only for the member, open to review. */
    SUBMITTED,
    /** Sent back to the member with a comment: editable again. */
    RETURNED,
    /** Reviewed and turned into the company's flows; closed. */
    ACCEPTED;

    /** The member may change the rows: before sending, or after a send-back. */
    public boolean editableByMember() {
        return this == DRAFT || this == RETURNED;
    }
}
