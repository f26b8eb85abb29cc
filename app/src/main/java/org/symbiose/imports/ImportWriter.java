package org.symbiose.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyChangeLog;
import org.symbiose.companies.CompanyImportBatches;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.companies.Site;
import org.symbiose.engine.matching.Progress;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowChangeRepository;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.imports.ImportPlan.CompanyChange;
import org.symbiose.imports.ImportPlan.FlowChange;
import org.symbiose.imports.ImportPlan.Kind;

/**
 * Applies an import plan in one transaction, through the companies' and flows' repositories: all of it or,
 * on any failure or when the initiative's data changed since the plan was made, nothing.
 */
@Component
class ImportWriter {

    static final String STAGE = "writing";
    private static final int FLOWS_PER_STEP = 5_000;

    /**
     * The account that imports, as the histories name it, and the file it imports.
     *
     * @param fileName the uploaded file's name, null when the upload gave none
     */
    record Author(String username, String displayName, String fileName) {

        Author(String username, String displayName) {
            this(username, displayName, null);
        }
    }

    private final CompanyRepository companies;
    private final CompanyImportBatches companyBatches;
    private final FlowRepository flows;
    private final CompanyChangeLog companyHistory;
    private final FlowChangeRepository flowHistory;
    private final ImportRunRepository runs;
    private final FiguresService figures;

    ImportWriter(
            CompanyRepository companies,
            CompanyImportBatches companyBatches,
            FlowRepository flows,
            CompanyChangeLog companyHistory,
            FlowChangeRepository flowHistory,
            ImportRunRepository runs,
            FiguresService figures) {
        this.runs = runs;
        this.companies = companies;
        this.companyBatches = companyBatches;
        this.flows = flows;
        this.companyHistory = companyHistory;
        this.flowHistory = flowHistory;
        this.figures = figures;
    }

    /** The initiative's data as saved now. */
    SavedData saved(InitiativeId initiativeId) {
        return SavedData.read(companies, flows, initiativeId);
    }

    /**
     * Writes the plan and, when an account imports it, the import ({@code import_run}: who, when, which
     * file, what it did), to which the companies and flows it creates point, and the changes it made to
     * saved ones in their histories (the fields, as the form and the grid record them), in the same
     * transaction: one row for the import, not one per row it creates (docs/decisions/0033).
     *
     * @param author who imports, null for the demo data loaded at start (no history then)
     * @return the database ids of the file's companies, by the file's ids
     * @throws ImportConflictException when the initiative's companies or flows are no longer those planned from
     */
    @Transactional
    public Map<String, CompanyId> apply(ImportPlan plan, Author author, Progress progress) {
        if (saved(plan.initiativeId()).fingerprint() != plan.state()) {
            throw new ImportConflictException();
        }
        try {
            return write(plan, author, progress);
        } catch (DuplicateKeyException e) {
            // A company recorded the same SIRET or id between the fingerprint's check and the write.
            throw new ImportConflictException();
        }
    }

    private Map<String, CompanyId> write(ImportPlan plan, Author author, Progress progress) {
        figures.forgetAll();
        Instant at = Instant.now();
        // An import that changes nothing (the same file again) leaves no trace, as it leaves no change.
        Long importId =
                author == null || plan.changesNothing() ? null : runs.record(plan.initiativeId(), at, author, plan);
        Map<String, CompanyId> companyIds = new HashMap<>();
        List<CompanyChange> added =
                plan.companies().stream().filter(c -> c.kind() == Kind.NEW).toList();
        List<Company> inserted = companyBatches.insertBatch(
                added.stream().map(CompanyChange::company).toList(), importId);
        for (int i = 0; i < added.size(); i++) {
            companyIds.put(added.get(i).externalId(), inserted.get(i).id());
        }
        List<CompanyChange> updated =
                plan.companies().stream().filter(c -> c.kind() == Kind.CHANGED).toList();
        companyBatches.updateBatch(updated.stream().map(CompanyChange::company).toList());
        if (importId != null) {
            companyHistory.recordImported(
                    importId,
                    author.username(),
                    author.displayName(),
                    at,
                    updated.stream().map(CompanyChange::before).toList(),
                    updated.stream().map(ImportWriter::asWritten).toList());
        }
        long total = plan.flows().size();
        long done = 0;
        var batch = new ArrayList<Flow>(FLOWS_PER_STEP);
        var changed = new ArrayList<FlowChange>();
        for (FlowChange change : plan.flows()) {
            if (change.kind() == Kind.NEW) {
                Flow flow = change.flow();
                batch.add(flow.companyId() != null ? flow : flow.inCompany(companyIds.get(change.actorId())));
            } else {
                changed.add(change);
            }
            if (batch.size() == FLOWS_PER_STEP) {
                flows.insertBatch(batch, importId);
                done += batch.size();
                batch.clear();
                progress.report(STAGE, done, total);
            }
        }
        flows.insertBatch(batch, importId);
        flows.updateBatch(changed.stream().map(FlowChange::flow).toList());
        if (importId != null) {
            flowHistory.recordImported(
                    importId,
                    author.username(),
                    author.displayName(),
                    at,
                    changed.stream().map(FlowChange::before).toList(),
                    changed.stream().map(FlowChange::flow).toList());
        }
        progress.report(STAGE, total, total);
        return companyIds;
    }

    /**
     * A changed company as the import leaves it: a plan without sites keeps the saved ones; a plan with a
     * site replaces the first saved one ({@link CompanyImportBatches#updateBatch}).
     */
    private static Company asWritten(CompanyChange change) {
        Company written = change.company();
        List<Site> kept = change.before().sites();
        var sites = new ArrayList<Site>();
        if (written.sites().isEmpty()) {
            sites.addAll(kept);
        } else {
            sites.add(written.sites().get(0));
            sites.addAll(kept.subList(Math.min(1, kept.size()), kept.size()));
        }
        return new Company(
                written.id(),
                written.initiativeId(),
                written.externalId(),
                written.name(),
                written.siret(),
                written.naf(),
                written.activity(),
                written.employees(),
                written.zone(),
                written.member(),
                sites);
    }
}
