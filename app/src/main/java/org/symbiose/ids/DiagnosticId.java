package org.symbiose.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of a flow diagnostic. */
public record DiagnosticId(@JsonValue long value) implements EntityId {

    public DiagnosticId {
        if (value <= 0) {
            throw new IllegalArgumentException("diagnostic id must be positive: " + value);
        }
    }

    /** The id a request body names (a JSON number). */
    @JsonCreator
    public static DiagnosticId of(long value) {
        return new DiagnosticId(value);
    }

    /**
     * The id a URL names. One that no diagnostic can have (zero, negative) names no record, a 404
     * like any unknown id.
     *
     * @throws UnknownIdException when the value cannot be an id
     */
    public static DiagnosticId fromPath(long value) {
        if (value <= 0) {
            throw new UnknownIdException("diagnostic", value);
        }
        return new DiagnosticId(value);
    }

    /** The number alone, as URLs, messages and logs write it. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
