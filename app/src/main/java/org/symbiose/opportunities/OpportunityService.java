package org.symbiose.opportunities;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyFile;
import org.symbiose.companies.CompanyRepository;
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
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.InitiativeId;

/**
 * Runs the matching engine on an initiative's companies and flows, for its facilitators. Ids in the
 * result are the exchange-format ids the data was imported with, or {@code c<id>} / {@code f<id>} for
 * companies and flows entered on the platform.
 */
@Service
public class OpportunityService {

    /** The options of the runs started from the page and the API: the engine's defaults. */
    static final MatchOptions RUN_OPTIONS = MatchOptions.defaults();

    private final CompanyService companies;
    private final CompanyRepository companyStamps;
    private final FlowRepository flowStamps;
    private final AccessPolicy access;
    private final Matcher matcher;
    private final MatchRuns runs;
    private final CommuneCatalogue communes = CommuneCatalogue.load();

    OpportunityService(
            CompanyService companies,
            CompanyRepository companyStamps,
            FlowRepository flowStamps,
            AccessPolicy access,
            Matcher matcher,
            MatchRuns runs) {
        this.companies = companies;
        this.companyStamps = companyStamps;
        this.flowStamps = flowStamps;
        this.access = access;
        this.matcher = matcher;
        this.runs = runs;
    }

    /**
     * The engine's proposals for the initiative's active companies, for its facilitators: the kept result of
     * the last run when it was computed with the same options from the same data, else computed now.
     */
    public MatchResult opportunities(InitiativeId initiativeId, MatchOptions options) {
        return fresh(initiativeId, options)
                .map(KeptResult::result)
                .orElseGet(() -> matcher.match(datasetOf(companies.listActiveFiles(initiativeId)), options));
    }

    /**
     * The engine's mutualisation groups for the initiative's facilitators: those of the kept result when
     * fresh, read once when it was kept (asking the result for them explains every candidate again, which
     * made the map the slowest page at 5,000 flows), else computed now.
     */
    public List<org.symbiose.engine.matching.Mutualisation> mutualisations(
            InitiativeId initiativeId, MatchOptions options) {
        return fresh(initiativeId, options)
                .map(KeptResult::mutualisations)
                .orElseGet(() -> matcher.match(datasetOf(companies.listActiveFiles(initiativeId)), options)
                        .mutualisations());
    }

    /** The kept result when it was computed with these options from the data as it is now. */
    private java.util.Optional<KeptResult> fresh(InitiativeId initiativeId, MatchOptions options) {
        long fingerprint = currentFingerprint(initiativeId);
        return runs.kept(initiativeId).filter(kept -> kept.fingerprint() == fingerprint && kept.answers(options));
    }

    /** Starts a run in the background on the data as it is now, or answers the one under way. */
    MatchRun start(InitiativeId initiativeId) {
        // The stamp is read before the files: a change in between makes the result stale, never wrongly fresh.
        long fingerprint = currentFingerprint(initiativeId);
        List<CompanyFile> files = companies.listActiveFiles(initiativeId);
        return runs.start(
                initiativeId,
                access.currentUser().username(),
                datasetOf(files),
                Directory.of(files),
                fingerprint,
                RUN_OPTIONS);
    }

    /**
     * The initiative's data now, by its fingerprint: a kept result computed from another is stale. Two
     * aggregate queries (the companies' and the flows' change stamps), not a read of every company file.
     */
    long currentFingerprint(InitiativeId initiativeId) {
        access.requireCompanies(initiativeId);
        return 31 * companyStamps.changeStamp(initiativeId) + flowStamps.changeStamp(initiativeId);
    }

    Dataset datasetOf(List<CompanyFile> files) {
        List<Actor> actors = new ArrayList<>();
        List<FlowRecord> flows = new ArrayList<>();
        for (CompanyFile file : files) {
            Company company = file.company();
            String actorId = actorId(company);
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
