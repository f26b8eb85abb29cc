package org.symbiose.questionnaire;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a questionnaire's log, shown on its review page.
 *
 * @param actor the username of whoever did it
 * @param detail what the log shows beside the action: the number of rows, or the send-back's comment
 */
public record QuestionnaireEvent(Instant at, String actor, Action action, String detail) {

    /** What was done to a questionnaire. */
    public enum Action {
        SAVED,
        SUBMITTED,
        AMENDED,
        RETURNED,
        ACCEPTED
    }

    public QuestionnaireEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
