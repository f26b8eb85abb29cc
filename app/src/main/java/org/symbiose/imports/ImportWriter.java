package org.symbiose.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.engine.matching.Progress;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
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

    private final CompanyRepository companies;
    private final FlowRepository flows;
    private final FiguresService figures;

    ImportWriter(CompanyRepository companies, FlowRepository flows, FiguresService figures) {
        this.companies = companies;
        this.flows = flows;
        this.figures = figures;
    }

    /** The initiative's data as saved now. */
    SavedData saved(long initiativeId) {
        return SavedData.read(companies, flows, initiativeId);
    }

    /**
     * Writes the plan.
     *
     * @return the database ids of the file's companies, by the file's ids
     * @throws ImportConflictException when the initiative's companies or flows are no longer those planned from
     */
    @Transactional
    public Map<String, Long> apply(ImportPlan plan, Progress progress) {
        if (saved(plan.initiativeId()).fingerprint() != plan.state()) {
            throw new ImportConflictException();
        }
        figures.forgetAll();
        Map<String, Long> companyIds = new HashMap<>();
        List<CompanyChange> added =
                plan.companies().stream().filter(c -> c.kind() == Kind.NEW).toList();
        List<Company> inserted =
                companies.insertBatch(added.stream().map(CompanyChange::company).toList());
        for (int i = 0; i < added.size(); i++) {
            companyIds.put(added.get(i).externalId(), inserted.get(i).id().value());
        }
        companies.updateBatch(plan.companies().stream()
                .filter(c -> c.kind() == Kind.CHANGED)
                .map(CompanyChange::company)
                .toList());
        long total = plan.flows().size();
        long done = 0;
        var batch = new ArrayList<Flow>(FLOWS_PER_STEP);
        var changed = new ArrayList<Flow>();
        for (FlowChange change : plan.flows()) {
            if (change.kind() == Kind.NEW) {
                Flow flow = change.flow();
                batch.add(flow.companyId() != 0 ? flow : inCompany(flow, companyIds.get(change.actorId())));
            } else {
                changed.add(change.flow());
            }
            if (batch.size() == FLOWS_PER_STEP) {
                flows.insertBatch(batch);
                done += batch.size();
                batch.clear();
                progress.report(STAGE, done, total);
            }
        }
        flows.insertBatch(batch);
        flows.updateBatch(changed);
        progress.report(STAGE, total, total);
        return companyIds;
    }

    private static Flow inCompany(Flow f, long companyId) {
        return new Flow(
                f.id(),
                companyId,
                f.externalId(),
                f.direction(),
                f.label(),
                f.category(),
                f.ewc(),
                f.quantity(),
                f.unit(),
                f.period(),
                f.temperatureC(),
                f.hazardous(),
                f.availableFrom(),
                f.availableTo(),
                f.notes());
    }
}
