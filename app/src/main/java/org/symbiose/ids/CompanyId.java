package org.symbiose.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of a company. */
public record CompanyId(@JsonValue long value) implements EntityId {

    public CompanyId {
        if (value <= 0) {
            throw new IllegalArgumentException("company id must be positive: " + value);
        }
    }

    /** The id a request body names (a JSON number). */
    @JsonCreator
    public static CompanyId of(long value) {
        return new CompanyId(value);
    }

    /**
     * The id a URL names. One that no company can have (zero, negative) names no record, a 404
     * like any unknown id.
     *
     * @throws UnknownIdException when the value cannot be an id
     */
    public static CompanyId fromPath(long value) {
        if (value <= 0) {
            throw new UnknownIdException("company", value);
        }
        return new CompanyId(value);
    }

    /** The number alone, as URLs, messages and logs write it. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
