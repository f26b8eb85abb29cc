package org.symbiose.imports;

/** What an applied import wrote, and what it left: unchanged rows of the file, rows absent from it (kept). */
public record ImportSummary(
        long companiesAdded,
        long companiesChanged,
        long companiesUnchanged,
        long companiesKept,
        long flowsAdded,
        long flowsChanged,
        long flowsUnchanged,
        long flowsKept) {

    static ImportSummary of(ImportPlan plan) {
        return new ImportSummary(
                plan.countCompanies(ImportPlan.Kind.NEW),
                plan.countCompanies(ImportPlan.Kind.CHANGED),
                plan.companiesUnchanged(),
                plan.companiesAbsent(),
                plan.countFlows(ImportPlan.Kind.NEW),
                plan.countFlows(ImportPlan.Kind.CHANGED),
                plan.flowsUnchanged(),
                plan.flowsAbsent());
    }
}
