package org.symbiose.imports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.companies.Site;
import org.symbiose.engine.actor.Siret;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.impacts.FiguresService;

/**
 * Imports a checked exchange-format dataset into an initiative: its actors become companies with one
 * site each, its flows become the companies' flows. All or nothing: one transaction.
 */
@Service
public class DatasetImporter {

    /** Database ids of what was imported, by the dataset's own ids. */
    public record Imported(Map<String, Long> companyIds, Map<String, Long> flowIds) {
        public Imported {
            companyIds = Map.copyOf(companyIds);
            flowIds = Map.copyOf(flowIds);
        }
    }

    private final CompanyRepository companies;
    private final FlowRepository flows;
    private final FiguresService figures;

    DatasetImporter(CompanyRepository companies, FlowRepository flows, FiguresService figures) {
        this.companies = companies;
        this.flows = flows;
        this.figures = figures;
    }

    @Transactional
    public Imported importInto(long initiativeId, Dataset dataset) {
        figures.forgetAll(); // the initiative's company counts change
        var companyIds = new HashMap<String, Long>();
        for (Actor actor : dataset.actors()) {
            List<Site> sites = actor.location() == null && actor.communeInsee() == null
                    ? List.of()
                    : List.of(new Site(actor.name(), actor.communeInsee(), actor.location()));
            Company saved = companies.insert(new Company(
                    null,
                    initiativeId,
                    actor.id(),
                    actor.name(),
                    actor.siret() == null ? null : Siret.parse(actor.siret()),
                    actor.naf(),
                    actor.activity(),
                    actor.employees(),
                    actor.zone(),
                    actor.member(),
                    sites));
            companyIds.put(actor.id(), saved.id().value());
        }
        var flowIds = new HashMap<String, Long>();
        for (FlowRecord record : dataset.flows()) {
            long id = flows.insert(new Flow(
                    null,
                    companyIds.get(record.actorId()),
                    record.id(),
                    record.direction(),
                    record.label(),
                    record.category(),
                    record.ewc(),
                    decimal(record.quantity()),
                    record.unit(),
                    record.period(),
                    decimal(record.temperatureC()),
                    record.hazardous(),
                    record.availableFrom(),
                    record.availableTo(),
                    record.notes()));
            flowIds.put(record.id(), id);
        }
        return new Imported(companyIds, flowIds);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
