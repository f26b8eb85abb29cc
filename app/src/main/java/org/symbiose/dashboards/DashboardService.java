package org.symbiose.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.symbiose.events.Event;
import org.symbiose.events.EventRepository;
import org.symbiose.flows.FlowDiagnostic;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.purchasing.GroupPurchase;
import org.symbiose.purchasing.GroupPurchaseRepository;
import org.symbiose.synergies.SynergyRepository;

/**
 * The dashboards' series, for one initiative or summed over the published initiatives. It reads the
 * records through each feature's published methods and keeps them while the figures stay the same
 * ({@link FiguresService#generation()} changes on every write that could change them). Callers check
 * access first: the series are aggregated numbers, without a company's name.
 */
@Service
public class DashboardService {

    private record Cached(long generation, Records records) {}

    private final SynergyRepository synergies;
    private final FlowRepository flows;
    private final EventRepository events;
    private final GroupPurchaseRepository purchases;
    private final InitiativeRepository initiatives;
    private final FiguresService figures;
    private final Clock clock;
    private final Map<InitiativeId, Cached> cache = new ConcurrentHashMap<>();

    DashboardService(
            SynergyRepository synergies,
            FlowRepository flows,
            EventRepository events,
            GroupPurchaseRepository purchases,
            InitiativeRepository initiatives,
            FiguresService figures,
            Clock clock) {
        this.synergies = synergies;
        this.flows = flows;
        this.events = events;
        this.purchases = purchases;
        this.initiatives = initiatives;
        this.figures = figures;
        this.clock = clock;
    }

    /** One initiative's series, as of today. */
    public Dashboard initiative(InitiativeId initiativeId) {
        return initiative(initiativeId, DashboardFilter.NONE);
    }

    /** One initiative's series narrowed by a filter. */
    public Dashboard initiative(InitiativeId initiativeId, DashboardFilter filter) {
        return series(records(initiativeId), filter);
    }

    /** The published initiatives' series added up; unpublished initiatives never count. */
    public Dashboard network() {
        return network(DashboardFilter.NONE);
    }

    /** The network's series narrowed by a filter. */
    public Dashboard network(DashboardFilter filter) {
        Records all = Records.NONE;
        for (Initiative initiative : initiatives.listPublished()) {
            all = all.plus(records(initiative.id()));
        }
        return series(all, filter);
    }

    /** Reads a filter's parameters as of today (the application's clock). */
    public DashboardFilter filter(String from, String to, String kind) {
        return DashboardFilter.parse(from, to, kind, LocalDate.now(clock));
    }

    private Dashboard series(Records records, DashboardFilter filter) {
        return Timeline.of(filter.apply(records), LocalDate.now(clock), clock.getZone(), filter.from(), filter.to());
    }

    private Records records(InitiativeId initiativeId) {
        long generation = figures.generation();
        Cached cached = cache.get(initiativeId);
        if (cached != null && cached.generation() == generation) {
            return cached.records();
        }
        Records fresh = read(initiativeId);
        if (figures.generation() == generation) {
            cache.put(initiativeId, new Cached(generation, fresh));
        }
        return fresh;
    }

    private Records read(InitiativeId initiativeId) {
        List<LocalDate> diagnosed = new ArrayList<>();
        List<Engagement> engagements = new ArrayList<>();
        for (FlowDiagnostic d : flows.listDiagnosticsByInitiative(initiativeId)) {
            diagnosed.add(d.performedOn());
            engagements.add(new Engagement(d.companyId(), d.performedOn()));
        }
        for (Event e : events.listByInitiative(initiativeId)) {
            e.attendeeCompanyIds().forEach(c -> engagements.add(new Engagement(c, e.heldOn())));
        }
        for (GroupPurchase p : purchases.listByInitiative(initiativeId)) {
            p.participantCompanyIds().forEach(c -> engagements.add(new Engagement(c, p.launchedOn())));
        }
        return new Records(
                synergies.listByInitiative(initiativeId),
                diagnosed,
                engagements,
                synergies.changesByInitiative(initiativeId));
    }
}
