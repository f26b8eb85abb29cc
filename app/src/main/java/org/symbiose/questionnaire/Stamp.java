package org.symbiose.questionnaire;

import java.time.Instant;
import java.util.Objects;

/** Who did something to a questionnaire, and when. */
public record Stamp(String by, Instant at) {

    public Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
