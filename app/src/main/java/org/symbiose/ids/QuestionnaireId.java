package org.symbiose.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of a member's questionnaire. */
public record QuestionnaireId(@JsonValue long value) implements EntityId {

    public QuestionnaireId {
        if (value <= 0) {
            throw new IllegalArgumentException("questionnaire id must be positive: " + value);
        }
    }

    /** The id a request body names (a JSON number). */
    @JsonCreator
    public static QuestionnaireId of(long value) {
        return new QuestionnaireId(value);
    }

    /**
     * The id a URL names. One that no questionnaire can have (zero, negative) names no record, a 404
     * like any unknown id.
     *
     * @throws UnknownIdException when the value cannot be an id
     */
    public static QuestionnaireId fromPath(long value) {
        if (value <= 0) {
            throw new UnknownIdException("questionnaire", value);
        }
        return new QuestionnaireId(value);
    }

    /** The number alone, as URLs, messages and logs write it. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
