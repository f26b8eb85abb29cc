package org.symbiose.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.companies.Site;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * An initiative's companies and flows as an exchange-format dataset, for export: each company with its
 * first site, under its dataset id (or {@code c<number>} when entered by hand), each flow under its own
 * (or {@code f<number>}); a flow id another company's flow already uses is prefixed with its company's.
 * Importing the export back changes nothing.
 */
@Component
class InitiativeDataset {

    private final CompanyRepository companies;
    private final FlowRepository flows;

    InitiativeDataset(CompanyRepository companies, FlowRepository flows) {
        this.companies = companies;
        this.flows = flows;
    }

    /** Companies in the directory's order, callers having checked access. */
    List<Company> companies(InitiativeId initiativeId) {
        return companies.listByInitiative(initiativeId);
    }

    /**
     * The id a company has in an export: its dataset id, or "c" and its database id when it has none (typed
     * by hand). The import matches it back, so that an export imported again changes nothing.
     */
    static String exportedId(Company c) {
        return c.externalId() != null ? c.externalId() : "c" + c.id().value();
    }

    /** The id a flow has in an export: its dataset id, or "f" and its database id when it has none. */
    static String exportedId(Flow f) {
        return f.externalId() != null ? f.externalId() : "f" + f.id();
    }

    Dataset of(InitiativeId initiativeId) {
        List<Company> saved = companies(initiativeId);
        Map<CompanyId, String> actorIds = new HashMap<>();
        var actors = new ArrayList<Actor>(saved.size());
        for (Company c : saved) {
            String id = exportedId(c);
            actorIds.put(c.id(), id);
            Site site = c.sites().isEmpty() ? null : c.sites().get(0);
            actors.add(new Actor(
                    id,
                    c.name(),
                    c.siret() == null ? null : c.siret().value(),
                    c.naf(),
                    c.activity(),
                    c.employees(),
                    site == null ? null : site.point(),
                    site == null ? null : site.communeInsee(),
                    c.zone(),
                    c.member()));
        }
        Set<String> flowIds = new HashSet<>();
        var records = new ArrayList<FlowRecord>();
        for (Flow f : flows.listByInitiative(initiativeId)) {
            String actorId = actorIds.get(f.companyId());
            String id = exportedId(f);
            if (!flowIds.add(id)) {
                id = actorId + "-" + id;
                flowIds.add(id);
            }
            records.add(new FlowRecord(
                    id,
                    actorId,
                    f.direction(),
                    f.label(),
                    f.category(),
                    f.ewc(),
                    f.quantity() == null ? null : f.quantity().doubleValue(),
                    f.unit(),
                    f.period(),
                    f.temperatureC() == null ? null : f.temperatureC().doubleValue(),
                    f.hazardous(),
                    f.availableFrom(),
                    f.availableTo(),
                    f.notes()));
        }
        return new Dataset(actors, records);
    }
}
