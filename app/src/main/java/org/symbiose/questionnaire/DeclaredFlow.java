package org.symbiose.questionnaire;

import java.util.Objects;
import org.symbiose.flows.Flow;
import org.symbiose.ids.FlowId;

/**
 * A flow a member declares in a questionnaire: a company's {@link Flow} not saved yet (no id), so
 * that it has every field of a flow and obeys the same rules, and an accepted row is a valid flow.
 *
 * @param acceptedFlowId the company's flow this row became on acceptance, null before
 */
public record DeclaredFlow(Flow flow, FlowId acceptedFlowId) {

    public DeclaredFlow {
        Objects.requireNonNull(flow, "flow");
        if (flow.id() != null) {
            throw new IllegalArgumentException("a declared flow is not a saved flow");
        }
    }

    public static DeclaredFlow of(Flow flow) {
        return new DeclaredFlow(flow, null);
    }

    /** The same row, as the flow {@code flowId} it became. */
    DeclaredFlow accepted(FlowId flowId) {
        return new DeclaredFlow(flow, flowId);
    }
}
