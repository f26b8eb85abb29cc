package org.symbiose.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of a group-purchasing operation. */
public record PurchaseId(@JsonValue long value) implements EntityId {

    public PurchaseId {
        if (value <= 0) {
            throw new IllegalArgumentException("purchase id must be positive: " + value);
        }
    }

    /** The id a request body names (a JSON number). */
    @JsonCreator
    public static PurchaseId of(long value) {
        return new PurchaseId(value);
    }

    /**
     * The id a URL names. One that no purchase can have (zero, negative) names no record, a 404
     * like any unknown id.
     *
     * @throws UnknownIdException when the value cannot be an id
     */
    public static PurchaseId fromPath(long value) {
        if (value <= 0) {
            throw new UnknownIdException("purchase", value);
        }
        return new PurchaseId(value);
    }

    /** The number alone, as URLs, messages and logs write it. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
