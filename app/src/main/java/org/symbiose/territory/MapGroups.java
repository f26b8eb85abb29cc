package org.symbiose.territory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.opportunities.OpportunityService;

/**
 * The engine's mutualisation groups of an initiative, for its map, kept while its companies and flows
 * stay the same (their change stamps, as the opportunities' kept result is compared). When no run of
 * the opportunities is kept, {@link OpportunityService#mutualisations} runs the engine in the request:
 * at 500 companies and 5,000 flows that took seconds on every map and {@code map.json} request. Callers
 * have checked that the reader facilitates the initiative.
 */
@Component
class MapGroups {

    private record Kept(long companies, long flows, List<Mutualisation> groups) {}

    private final OpportunityService opportunities;
    private final CompanyRepository companyStamps;
    private final FlowRepository flowStamps;
    private final Map<InitiativeId, Kept> kept = new ConcurrentHashMap<>();

    MapGroups(OpportunityService opportunities, CompanyRepository companyStamps, FlowRepository flowStamps) {
        this.opportunities = opportunities;
        this.companyStamps = companyStamps;
        this.flowStamps = flowStamps;
    }

    List<Mutualisation> of(InitiativeId initiativeId) {
        // The stamps are read before the groups: a change in between makes them stale, never wrongly fresh.
        long companies = companyStamps.changeStamp(initiativeId);
        long flows = flowStamps.changeStamp(initiativeId);
        Kept known = kept.get(initiativeId);
        if (known != null && known.companies() == companies && known.flows() == flows) {
            return known.groups();
        }
        List<Mutualisation> groups = List.copyOf(opportunities.mutualisations(initiativeId, MatchOptions.defaults()));
        kept.put(initiativeId, new Kept(companies, flows, groups));
        return groups;
    }
}
