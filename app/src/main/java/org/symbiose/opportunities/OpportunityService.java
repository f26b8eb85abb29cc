package org.symbiose.opportunities;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyFile;
import org.symbiose.companies.CompanyService;
import org.symbiose.companies.Site;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.flows.Flow;

/**
 * Runs the matching engine on an initiative's companies and flows, for its facilitators. Ids in the
 * result are the exchange-format ids the data was imported with, or {@code c<id>} / {@code f<id>} for
 * companies and flows entered on the platform.
 */
@Service
public class OpportunityService {

    private final CompanyService companies;
    private final AccessPolicy access;
    private final Matcher matcher;
    private final CommuneCatalogue communes = CommuneCatalogue.load();

    OpportunityService(CompanyService companies, AccessPolicy access, Matcher matcher) {
        this.companies = companies;
        this.access = access;
        this.matcher = matcher;
    }

    public MatchResult opportunities(long initiativeId, MatchOptions options) {
        access.requireCompanies(initiativeId);
        return matcher.match(datasetOf(companies.listActiveFiles(initiativeId)), options);
    }

    Dataset datasetOf(List<CompanyFile> files) {
        List<Actor> actors = new ArrayList<>();
        List<FlowRecord> flows = new ArrayList<>();
        for (CompanyFile file : files) {
            Company company = file.company();
            String actorId = company.externalId() != null
                    ? company.externalId()
                    : "c" + company.id().value();
            Site site = company.sites().isEmpty() ? null : company.sites().get(0);
            actors.add(new Actor(
                    actorId,
                    company.name(),
                    company.siret() == null ? null : company.siret().value(),
                    company.naf(),
                    company.activity(),
                    company.employees(),
                    location(site),
                    site == null ? null : site.communeInsee(),
                    company.zone(),
                    company.member()));
            for (Flow flow : file.flows()) {
                flows.add(new FlowRecord(
                        flowId(flow),
                        actorId,
                        flow.direction(),
                        flow.label(),
                        flow.category(),
                        flow.ewc(),
                        flow.quantity() == null ? null : flow.quantity().doubleValue(),
                        flow.unit(),
                        flow.period(),
                        flow.temperatureC() == null ? null : flow.temperatureC().doubleValue(),
                        flow.hazardous(),
                        flow.availableFrom(),
                        flow.availableTo(),
                        flow.notes()));
            }
        }
        return new Dataset(actors, flows);
    }

    /** The id a company has in the engine's answers: its exchange id, else {@code c<id>}. */
    public static String actorId(Company company) {
        return company.externalId() != null
                ? company.externalId()
                : "c" + company.id().value();
    }

    /** The id a flow has in the engine's answers: its exchange id, else {@code f<id>}. */
    public static String flowId(Flow flow) {
        return flow.externalId() != null ? flow.externalId() : "f" + flow.id();
    }

    private GeoPoint location(Site site) {
        if (site == null) {
            return null;
        }
        if (site.point() != null) {
            return site.point();
        }
        return site.communeInsee() == null
                ? null
                : communes.find(site.communeInsee()).map(c -> c.location()).orElse(null);
    }
}
