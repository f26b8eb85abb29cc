package org.symbiose.flows;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;

/**
 * One creation, edit, deletion or import of a flow, with who did it and when: the grid's history. It outlives
 * the flow it tells of.
 *
 * @param flowLabel the flow's label after the change (before it, for a deletion)
 * @param changes the fields an edit changed, empty for a creation or a deletion
 * @param importId the import that made the change ({@link ImportRuns}), null for a change made by hand
 */
public record FlowChange(
        Long id,
        FlowId flowId,
        CompanyId companyId,
        String username,
        String displayName,
        Instant changedAt,
        Action action,
        String flowLabel,
        List<FieldChange> changes,
        Long importId) {

    /** A change made by hand (grid, API, questionnaire). */
    public FlowChange(
            Long id,
            FlowId flowId,
            CompanyId companyId,
            String username,
            String displayName,
            Instant changedAt,
            Action action,
            String flowLabel,
            List<FieldChange> changes) {
        this(id, flowId, companyId, username, displayName, changedAt, action, flowLabel, changes, null);
    }

    public enum Action {
        CREATED,
        EDITED,
        DELETED,
        /**
         * Changed by an import; the changes name the fields it changed. (Flows an import creates point to
         * it instead, {@link ImportedFlows}; older imports wrote one such entry per new flow too.)
         */
        IMPORTED
    }

    /**
     * One field's value before and after, as stored (codes and plain numbers, "" when empty), written out
     * in the reader's language only when shown.
     *
     * @param field a field of {@link FlowFields}
     */
    public record FieldChange(String field, String before, String after) {
        public FieldChange {
            Objects.requireNonNull(field, "field");
            before = before == null ? "" : before;
            after = after == null ? "" : after;
        }
    }

    public FlowChange {
        Objects.requireNonNull(action, "action");
        changes = List.copyOf(changes);
    }
}
