package org.symbiose.flows;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * Database identity of a flow, typed as {@code CompanyId} and {@code InitiativeId} are, so that a flow's
 * id is not mistaken for its company's. A flow's company stays a {@code long} in {@link Flow}: the
 * companies feature depends on flows, so flows cannot name {@code companies.CompanyId}.
 */
public record FlowId(@JsonValue long value) {

    public FlowId {
        if (value <= 0) {
            throw new IllegalArgumentException("flow id must be positive: " + value);
        }
    }

    /** The id a URL names; empty for one no flow can have (zero, negative), which is then unknown (404). */
    public static Optional<FlowId> fromPath(long value) {
        return value <= 0 ? Optional.empty() : Optional.of(new FlowId(value));
    }
}
