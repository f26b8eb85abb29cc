package org.symbiose.companies;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.symbiose.ids.CompanyId;

/**
 * One entry of a company's history: who did what, when, and which fields changed.
 *
 * @param username the account's login, kept even if the account is later disabled
 * @param displayName the account's name as it was then
 * @param changes the changed fields, empty for an archive or a restore
 * @param importId the import that made the change ({@code flows.ImportRuns}), null for one made by hand
 */
public record CompanyChange(
        CompanyId companyId,
        Instant at,
        String username,
        String displayName,
        Action action,
        List<FieldChange> changes,
        Long importId) {

    public CompanyChange {
        changes = List.copyOf(changes);
    }

    /** A change made by hand (form, API). */
    public CompanyChange(
            CompanyId companyId,
            Instant at,
            String username,
            String displayName,
            Action action,
            List<FieldChange> changes) {
        this(companyId, at, username, displayName, action, changes, null);
    }

    /** What was done to the company. */
    public enum Action {
        CREATED,
        EDITED,
        ARCHIVED,
        RESTORED,
        /**
         * Changed by an import; the changes are the fields it wrote. (A company an import creates points to
         * it instead, docs/decisions/0033; older imports wrote such an entry for new companies too.)
         */
        IMPORTED;

        /** The key of its label in messages-companies ("company.history.action.edited"). */
        public String key() {
            return "company.history.action." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One field's change, values as shown on the file ("16.24Z", "Atelier (Ollioules)").
     *
     * @param field the field's name in the form and the API ({@code naf}, {@code sites})
     * @param before "" when the field was empty (or on creation)
     * @param after "" when the field was emptied
     */
    public record FieldChange(String field, String before, String after) {

        /** Longest value kept in the history, in characters; longer ones end in "…". */
        static final int MAX_VALUE = 400;

        public FieldChange {
            before = clean(before);
            after = clean(after);
        }

        /** The stored form: one line, tab-separated, tabs and line breaks of values turned into spaces. */
        String stored() {
            return field + '\t' + before + '\t' + after;
        }

        static FieldChange parse(String line) {
            String[] parts = Arrays.copyOf(line.split("\t", 3), 3);
            return new FieldChange(parts[0], parts[1], parts[2]);
        }

        private static String clean(String value) {
            if (value == null) {
                return "";
            }
            String oneLine = value.replaceAll("[\\t\\r\\n]+", " ").strip();
            return oneLine.length() <= MAX_VALUE ? oneLine : oneLine.substring(0, MAX_VALUE - 1) + "…";
        }
    }
}
