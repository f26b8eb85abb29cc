package org.symbiose.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of an event (workshop, meeting, training, visit). */
public record EventId(@JsonValue long value) implements EntityId {

    public EventId {
        if (value <= 0) {
            throw new IllegalArgumentException("event id must be positive: " + value);
        }
    }

    /** The id a request body names (a JSON number). */
    @JsonCreator
    public static EventId of(long value) {
        return new EventId(value);
    }

    /**
     * The id a URL names. One that no event can have (zero, negative) names no record, a 404
     * like any unknown id.
     *
     * @throws UnknownIdException when the value cannot be an id
     */
    public static EventId fromPath(long value) {
        if (value <= 0) {
            throw new UnknownIdException("event", value);
        }
        return new EventId(value);
    }

    /** The number alone, as URLs, messages and logs write it. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
