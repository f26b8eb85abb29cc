package org.symbiose.initiatives;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Invariant checks shared by the sheet's value objects. */
final class Texts {

    private Texts() {}

    static String required(String value, String what) {
        Objects.requireNonNull(value, what);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return stripped;
    }

    static String optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    static List<String> items(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    static void requireNonNegative(Integer value, String what) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
    }

    static void requireNonNegative(BigDecimal value, String what) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
    }
}
