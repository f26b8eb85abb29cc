package org.symbiose.imports;

import java.util.List;
import org.symbiose.companies.Company;
import org.symbiose.flows.Flow;
import org.symbiose.ids.InitiativeId;

/**
 * What importing a dataset into an initiative would change, worked out before anything is written: the
 * companies and flows new and changed (with the fields that change), how many are unchanged, how many of
 * the initiative's are absent from the file (kept, never deleted), and how the engine reads each label.
 * Applying it writes exactly this, provided the initiative's data is still what {@code state} says.
 *
 * @param state a fingerprint of the initiative's companies and flows when the plan was made
 * @param companies new and changed companies, in the file's order
 * @param flows new and changed flows, in the file's order
 * @param unreadable flows of the file whose label the engine cannot read, changed or not
 */
public record ImportPlan(
        InitiativeId initiativeId,
        long state,
        List<CompanyChange> companies,
        int companiesUnchanged,
        int companiesAbsent,
        List<FlowChange> flows,
        int flowsUnchanged,
        int flowsAbsent,
        List<FlowChange> unreadable) {

    public ImportPlan {
        companies = List.copyOf(companies);
        flows = List.copyOf(flows);
        unreadable = List.copyOf(unreadable);
    }

    /** Whether a row is new or changes a saved one. */
    public enum Kind {
        NEW,
        CHANGED,
        UNCHANGED
    }

    /**
     * A company to insert or update.
     *
     * @param company what to write: without id when new; when changed, its sites hold the site to write
     *     only if the site changes
     * @param fields the exchange-format columns that change (empty when new)
     * @param before the saved company when changed (what its history compares with), else null
     */
    public record CompanyChange(Kind kind, String externalId, Company company, List<String> fields, Company before) {
        public CompanyChange {
            fields = List.copyOf(fields);
        }

        public CompanyChange(Kind kind, String externalId, Company company, List<String> fields) {
            this(kind, externalId, company, fields, null);
        }
    }

    /**
     * A flow of the file, to insert or update.
     *
     * @param actorId the file's id of its company (a new company has no database id yet)
     * @param flow what to write: its company id is 0 when the company is new
     * @param fields the exchange-format columns that change (empty when new)
     * @param reading how the engine reads its label, null when it cannot
     * @param before the saved flow when changed (what its history compares with), else null
     */
    public record FlowChange(
            Kind kind,
            String actorId,
            String externalId,
            Flow flow,
            List<String> fields,
            LabelReading reading,
            Flow before) {
        public FlowChange {
            fields = List.copyOf(fields);
        }

        public FlowChange(
                Kind kind, String actorId, String externalId, Flow flow, List<String> fields, LabelReading reading) {
            this(kind, actorId, externalId, flow, fields, reading, null);
        }
    }

    public long countCompanies(Kind kind) {
        return kind == Kind.UNCHANGED
                ? companiesUnchanged
                : companies.stream().filter(c -> c.kind() == kind).count();
    }

    public long countFlows(Kind kind) {
        return kind == Kind.UNCHANGED
                ? flowsUnchanged
                : flows.stream().filter(f -> f.kind() == kind).count();
    }

    /** Nothing would be written: the same file imported again. */
    public boolean changesNothing() {
        return companies.isEmpty() && flows.isEmpty();
    }
}
