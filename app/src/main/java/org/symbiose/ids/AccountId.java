package org.symbiose.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of an account. */
public record AccountId(@JsonValue long value) implements EntityId {

    public AccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("account id must be positive: " + value);
        }
    }

    /** The id a request body names (a JSON number). */
    @JsonCreator
    public static AccountId of(long value) {
        return new AccountId(value);
    }

    /**
     * The id a URL names. One that no account can have (zero, negative) names no record, a 404
     * like any unknown id.
     *
     * @throws UnknownIdException when the value cannot be an id
     */
    public static AccountId fromPath(long value) {
        if (value <= 0) {
            throw new UnknownIdException("account", value);
        }
        return new AccountId(value);
    }

    /** The number alone, as URLs, messages and logs write it. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
