package org.symbiose.flows;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One creation, edit, deletion or import of a flow, with who did it and when: the grid's history. It outlives
 * the flow it tells of.
 *
 * @param flowLabel the flow's label after the change (before it, for a deletion)
 * @param changes the fields an edit changed, empty for a creation or a deletion
 */
public record FlowChange(
        Long id,
        long flowId,
        long companyId,
        String username,
        String displayName,
        Instant changedAt,
        Action action,
        String flowLabel,
        List<FieldChange> changes) {

    public enum Action {
        CREATED,
        EDITED,
        DELETED,
        /** Created or changed by an import; the changes name the fields an import changed. */
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
