package org.symbiose.territory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyFile;
import org.symbiose.companies.CompanyService;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.Substitution;
import org.symbiose.engine.quantity.Dimension;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.flows.Flow;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.opportunities.OpportunityService;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyRepository;
import org.symbiose.synergies.SynergyStatus;

/**
 * The territory's metabolism: what the initiative's companies release, by resource family, to which use,
 * as declared (their outgoing flows), as proposed by the engine (each supply once, on its best proposal)
 * or as realised (the flows of realised synergies). One diagram per dimension; see docs/methodology.md,
 * "Métabolisme territorial", and docs/decisions/0023.
 */
@Service
class Metabolism {

    /** The three diagrams of a view and what none of them could draw. */
    record Result(MetabolismView view, List<SankeyDiagram> diagrams, SankeyBuilder.Apart apart, int releases) {

        SankeyDiagram diagram(Dimension dimension) {
            return diagrams.stream()
                    .filter(d -> d.dimension() == dimension)
                    .findFirst()
                    .orElseThrow();
        }
    }

    static final List<Dimension> DIMENSIONS = List.of(Dimension.MASS, Dimension.ENERGY, Dimension.VOLUME);

    private final CompanyService companies;
    private final OpportunityService opportunities;
    private final SynergyRepository synergies;
    private final FlowFamilies families;
    private final MessageSource messages;

    Metabolism(
            CompanyService companies,
            OpportunityService opportunities,
            SynergyRepository synergies,
            FlowFamilies families,
            MessageSource messages) {
        this.companies = companies;
        this.opportunities = opportunities;
        this.synergies = synergies;
        this.families = families;
        this.messages = messages;
    }

    /** The view's diagrams for the initiative's facilitators (the companies' access check refuses others). */
    Result of(InitiativeId initiativeId, MetabolismView view, Locale locale) {
        List<CompanyFile> files = companies.listActiveFiles(initiativeId);
        List<Release> releases = switch (view) {
            case DECLARED -> declared(files, locale);
            case PROPOSED -> proposed(initiativeId, files, locale);
            case REALISED -> realised(initiativeId, files, locale);
        };
        SankeyBuilder builder = new SankeyBuilder(c -> message("territory.sankey.others", locale, sector(c, locale)));
        List<SankeyDiagram> diagrams =
                DIMENSIONS.stream().map(d -> builder.diagram(releases, d)).toList();
        return new Result(view, diagrams, SankeyBuilder.apart(releases), releases.size());
    }

    private List<Release> declared(List<CompanyFile> files, Locale locale) {
        String unstated = message("territory.sankey.unstated", locale);
        List<Release> releases = new ArrayList<>();
        for (CompanyFile file : files) {
            for (Flow flow : file.flows()) {
                if (flow.direction() == Direction.OUT) {
                    releases.add(release(file.company(), flow, unstated, locale));
                }
            }
        }
        return releases;
    }

    private List<Release> proposed(InitiativeId initiativeId, List<CompanyFile> files, Locale locale) {
        Map<String, Company> byActor = new HashMap<>();
        Map<String, Flow> byFlow = new HashMap<>();
        for (CompanyFile file : files) {
            byActor.put(OpportunityService.actorId(file.company()), file.company());
            file.flows().forEach(f -> byFlow.put(OpportunityService.flowId(f), f));
        }
        List<Release> releases = new ArrayList<>();
        Set<String> supplies = new HashSet<>();
        for (Substitution s : opportunities
                .opportunities(initiativeId, MatchOptions.defaults())
                .substitutions()) {
            Company supplier = byActor.get(s.supplyActor());
            Flow flow = byFlow.get(s.supplyFlow());
            // Best first: a supply counts once, on its best proposal, not once per receiver.
            if (supplier == null || flow == null || !supplies.add(s.supplyFlow())) {
                continue;
            }
            String use = s.pathway() == null
                    ? null
                    : families.firstUse(s.pathway().id())
                            .map(u -> message("territory.use." + u.name(), locale))
                            .orElse(null);
            if (use == null) {
                Company receiver = byActor.get(s.demandActor());
                use = receiver == null ? message("territory.sankey.unstated", locale) : sector(receiver, locale);
            }
            Unit unit = unitOf(s.quantityUnit());
            BigDecimal value = s.quantityValue() == null || unit == null ? null : BigDecimal.valueOf(s.quantityValue());
            releases.add(new Release(supplier, familyOf(flow, locale), use, value, unit, Period.YEAR));
        }
        return releases;
    }

    private List<Release> realised(InitiativeId initiativeId, List<CompanyFile> files, Locale locale) {
        Map<FlowId, Company> companyOf = new HashMap<>();
        Map<FlowId, Flow> flowOf = new HashMap<>();
        for (CompanyFile file : files) {
            file.flows().forEach(f -> {
                flowOf.put(f.id(), f);
                companyOf.put(f.id(), file.company());
            });
        }
        List<Release> releases = new ArrayList<>();
        for (Synergy synergy : synergies.listByInitiative(initiativeId)) {
            if (synergy.status() != SynergyStatus.REALISED) {
                continue;
            }
            List<Flow> out = synergy.flowIds().stream()
                    .map(flowOf::get)
                    .filter(f -> f != null && f.direction() == Direction.OUT)
                    .toList();
            for (Flow flow : out) {
                Release own = release(companyOf.get(flow.id()), flow, synergy.title(), locale);
                releases.add(synergy.quantity() == null ? own : share(own, synergy, flow, out));
            }
        }
        return releases;
    }

    /**
     * The part of a synergy's recorded quantity that one of its outgoing flows carries: in proportion to
     * the flows' declared amounts when all are known in the synergy's dimension, else in equal parts.
     */
    private static Release share(Release own, Synergy synergy, Flow flow, List<Flow> out) {
        Dimension dimension = synergy.unit().dimension();
        double all = 0;
        boolean known = true;
        for (Flow f : out) {
            Optional<YearlyAmount> a = YearlyAmount.of(f.quantity(), f.unit(), f.period());
            known &=
                    a.isPresent() && a.get().dimension() == dimension && a.get().value() > 0;
            all += a.map(YearlyAmount::value).orElse(0.0);
        }
        double part = known
                ? YearlyAmount.of(flow.quantity(), flow.unit(), flow.period())
                                .orElseThrow()
                                .value()
                        / all
                : 1.0 / out.size();
        return new Release(
                own.company(),
                own.family(),
                own.destination(),
                synergy.quantity().multiply(BigDecimal.valueOf(part)),
                synergy.unit(),
                synergy.period());
    }

    private Release release(Company company, Flow flow, String destination, Locale locale) {
        return new Release(company, familyOf(flow, locale), destination, flow.quantity(), flow.unit(), flow.period());
    }

    private String familyOf(Flow flow, Locale locale) {
        return families.rootFamily(flow)
                .map(f -> FlowFamilies.label(f, locale))
                .orElseGet(() -> message("territory.sankey.unrecognised", locale));
    }

    private String sector(Company company, Locale locale) {
        return message(Sectors.key(company.naf()), locale);
    }

    /** The engine writes a proposal's unit "t/year": its unit is the part before the slash. */
    static Unit unitOf(String engineUnit) {
        if (engineUnit == null || engineUnit.isBlank()) {
            return null;
        }
        try {
            return Unit.parse(engineUnit.split("/", 2)[0]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
