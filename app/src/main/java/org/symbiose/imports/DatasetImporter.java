package org.symbiose.imports;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.DatasetException;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.matching.Progress;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;

/**
 * Imports a checked exchange-format dataset into an initiative: first a plan of what would change
 * ({@link #plan}: companies and flows new, changed, unchanged, labels read by the engine), then, once
 * confirmed, the plan written in one transaction ({@link #apply}). The same importer loads the demo data
 * ({@link #importInto}) and serves the imports page and API.
 */
@Service
public class DatasetImporter {

    /** Database ids of what was imported, by the dataset's own ids. */
    public record Imported(Map<String, CompanyId> companyIds, Map<String, FlowId> flowIds) {
        public Imported {
            companyIds = Map.copyOf(companyIds);
            flowIds = Map.copyOf(flowIds);
        }
    }

    private final ImportWriter writer;
    private final LabelReader labels;
    private final CompanyRepository companies;
    private final FlowRepository flows;

    DatasetImporter(ImportWriter writer, LabelReader labels, CompanyRepository companies, FlowRepository flows) {
        this.writer = writer;
        this.labels = labels;
        this.companies = companies;
        this.flows = flows;
    }

    /**
     * What importing the dataset would change, each label read by the engine. Writes nothing.
     *
     * @throws DatasetException when the dataset would record a SIRET twice in the initiative
     */
    public ImportPlan plan(InitiativeId initiative, Dataset dataset, Progress progress) throws DatasetException {
        InitiativeId initiativeId = initiative;
        return new ImportPlanner(labels).plan(initiativeId, dataset, writer.saved(initiativeId), progress);
    }

    /**
     * Writes a plan, all or nothing, with what it changes in the companies' and flows' histories under
     * the author's name.
     *
     * @throws ImportConflictException when the initiative's companies or flows changed since the plan
     */
    ImportSummary apply(ImportPlan plan, ImportWriter.Author author, Progress progress) {
        writer.apply(plan, author, progress);
        return ImportSummary.of(plan);
    }

    /** A plan that leaves labels unread. */
    ImportPlan importPlanWithoutLabels(InitiativeId initiative, Dataset dataset) throws DatasetException {
        InitiativeId initiativeId = initiative;
        return new ImportPlanner(null).plan(initiativeId, dataset, writer.saved(initiativeId), Progress.SILENT);
    }

    /**
     * Plans and writes at once, without reading labels and without history entries (the demo data,
     * loaded at start by no account): the ids of the file's rows.
     */
    @Transactional
    public Imported importInto(InitiativeId initiative, Dataset dataset) throws DatasetException {
        InitiativeId initiativeId = initiative;
        ImportPlan plan = importPlanWithoutLabels(initiative, dataset);
        writer.apply(plan, null, Progress.SILENT);
        Map<String, CompanyId> companyIds = companies.idsByExternalId(initiativeId);
        Map<CompanyId, Map<String, FlowId>> flowIdsByCompany = new HashMap<>();
        for (Flow flow : flows.listByInitiative(initiativeId)) {
            if (flow.externalId() != null) {
                flowIdsByCompany
                        .computeIfAbsent(flow.companyId(), k -> new HashMap<>())
                        .put(flow.externalId(), flow.id());
            }
        }
        var flowIds = new HashMap<String, FlowId>();
        for (FlowRecord record : dataset.flows()) {
            CompanyId company = companyIds.get(record.actorId());
            flowIds.put(
                    record.id(),
                    flowIdsByCompany.getOrDefault(company, Map.of()).get(record.id()));
        }
        Map<String, CompanyId> fileCompanies = new HashMap<>();
        dataset.actors().forEach(a -> fileCompanies.put(a.id(), companyIds.get(a.id())));
        return new Imported(fileCompanies, flowIds);
    }
}
