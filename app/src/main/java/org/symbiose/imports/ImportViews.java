package org.symbiose.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.symbiose.engine.exchange.DatasetError;
import org.symbiose.imports.ImportPlan.Kind;

/** What the imports API answers, as JSON (docs/formats/import-api.md). */
final class ImportViews {

    /** Rows listed per list of a preview; the counts are always whole. */
    static final int LISTED = 1_000;

    private ImportViews() {}

    record Counts(long added, long changed, long unchanged, long kept) {}

    record CompanyRow(String id, String name, String change, List<String> fields) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reading(String family, String label, double confidence) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FlowRow(String actorId, String id, String label, String change, List<String> fields, Reading reading) {}

    /** A preview: {@code kept} counts the initiative's rows absent from the file, which stay as they are. */
    record Preview(
            String id,
            String status,
            Counts companies,
            Counts flows,
            long unreadableLabels,
            List<CompanyRow> companyChanges,
            List<FlowRow> flowChanges,
            List<FlowRow> unreadable,
            boolean truncated) {

        static Preview of(ImportJob job, Locale locale) {
            ImportPlan plan = job.plan();
            return new Preview(
                    job.id(),
                    "preview",
                    new Counts(
                            plan.countCompanies(Kind.NEW),
                            plan.countCompanies(Kind.CHANGED),
                            plan.companiesUnchanged(),
                            plan.companiesAbsent()),
                    new Counts(
                            plan.countFlows(Kind.NEW),
                            plan.countFlows(Kind.CHANGED),
                            plan.flowsUnchanged(),
                            plan.flowsAbsent()),
                    plan.unreadable().size(),
                    plan.companies().stream()
                            .limit(LISTED)
                            .map(c -> new CompanyRow(c.externalId(), c.company().name(), change(c.kind()), c.fields()))
                            .toList(),
                    plan.flows().stream()
                            .limit(LISTED)
                            .map(f -> flow(f, locale))
                            .toList(),
                    plan.unreadable().stream()
                            .limit(LISTED)
                            .map(f -> flow(f, locale))
                            .toList(),
                    plan.companies().size() > LISTED
                            || plan.flows().size() > LISTED
                            || plan.unreadable().size() > LISTED);
        }

        private static FlowRow flow(ImportPlan.FlowChange f, Locale locale) {
            LabelReading r = f.reading();
            return new FlowRow(
                    f.actorId(),
                    f.externalId(),
                    f.flow().label(),
                    change(f.kind()),
                    f.fields(),
                    r == null ? null : new Reading(r.family(), r.label(locale), r.confidence()));
        }

        private static String change(Kind kind) {
            return kind == Kind.NEW ? "new" : kind == Kind.CHANGED ? "changed" : "unchanged";
        }
    }

    record Summary(String id, String status, Counts companies, Counts flows) {
        static Summary of(ImportJob job) {
            ImportSummary s = job.summary();
            return new Summary(
                    job.id(),
                    "applied",
                    new Counts(s.companiesAdded(), s.companiesChanged(), s.companiesUnchanged(), s.companiesKept()),
                    new Counts(s.flowsAdded(), s.flowsChanged(), s.flowsUnchanged(), s.flowsKept()));
        }
    }

    /** One error of the file, located. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileError(String file, Long line, String column, String code, String message) {
        static FileError of(DatasetError e, Locale locale, MessageSource messages) {
            return new FileError(
                    e.file(),
                    e.line() == 0 ? null : e.line(),
                    e.column() != null ? e.column() : e.cell() > 0 ? "#" + e.cell() : null,
                    e.code(),
                    message(e, locale, messages));
        }

        /**
         * The engine's sentence, or ours for the errors the import itself finds in a readable file (a
         * SIRET taken, told by {@code imports.error.code.*} of the imports' bundle).
         */
        static String message(DatasetError e, Locale locale, MessageSource messages) {
            return e.code().equals(ImportPlanner.SIRET_TAKEN)
                    ? messages.getMessage(
                            "imports.error.code." + e.code(), e.args().toArray(), locale)
                    : e.message(locale);
        }
    }

    /** RFC 9457 problem details for a file refused (422), with every error of the file. */
    record InvalidDataset(
            String type, String title, int status, String detail, String instance, List<FileError> errors) {}
}
