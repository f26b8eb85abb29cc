package org.symbiose.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of a flow. */
public record FlowId(@JsonValue long value) implements EntityId {

    public FlowId {
        if (value <= 0) {
            throw new IllegalArgumentException("flow id must be positive: " + value);
        }
    }

    /** The id a request body names (a JSON number). */
    @JsonCreator
    public static FlowId of(long value) {
        return new FlowId(value);
    }

    /**
     * The id a URL names. One that no flow can have (zero, negative) names no record, a 404
     * like any unknown id.
     *
     * @throws UnknownIdException when the value cannot be an id
     */
    public static FlowId fromPath(long value) {
        if (value <= 0) {
            throw new UnknownIdException("flow", value);
        }
        return new FlowId(value);
    }

    /** The number alone, as URLs, messages and logs write it. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
