package org.symbiose.imports;

/** What an applied import wrote. */
public record ImportSummary(
        long companiesAdded, long companiesChanged, long flowsAdded, long flowsChanged,
        long companiesKept, long flowsKept) {

    static ImportSummary of(ImportPlan plan) {
        return new ImportSummary(
                plan.countCompanies(ImportPlan.Kind.NEW),
                plan.countCompanies(ImportPlan.Kind.CHANGED),
                plan.countFlows(ImportPlan.Kind.NEW),
                plan.countFlows(ImportPlan.Kind.CHANGED),
                plan.companiesAbsent(),
                plan.flowsAbsent());
    }
}
