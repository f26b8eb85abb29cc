package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.classify.FamilyClassifier;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.Pathway;
import org.symbiose.engine.knowledge.PathwayUse;
import org.symbiose.engine.knowledge.WasteHierarchy;
import org.symbiose.engine.matching.search.QuantityClass;
import org.symbiose.engine.matching.search.ScoreBounds;

/** Invariants of matching over random small territories. */
class MatcherPropertiesTest {

    static final Matcher MATCHER = new Matcher(SmallKnowledge.load());
    static final List<String> LABELS = List.of(
            "out|sciure de bois",
            "out|palettes",
            "out|chaleur fatale",
            "out|fly ash",
            "out|solvants usagés",
            "in|combustible biomasse",
            "in|chaleur",
            "in|raw material for cement production",
            "in|EPI",
            "in|bois",
            // Needs read with a confidence below 1 (words the family's names do not explain).
            "in|palettes bois cassées à reprendre",
            "in|sciure fine sèche conditionnée en big bag",
            // The same, for families that pathways send to named activities (35.30, 23.51): whether the
            // receiver runs one of them changes how much its need's words count.
            "in|bois énergie humide livré en vrac par camion benne",
            "in|matière première pour cimenterie livrée en vrac par camion benne",
            // What the rules of law refuse to some receivers (LawRules): catering waste, former foodstuffs
            // that are not plainly food, sewage sludge, hazardous solvents, raw animal by-products, and the needs
            // they would meet.
            "out|restes de repas",
            "out|catering waste",
            "out|invendus alimentaires",
            "out|articles déclassés invendus alimentaires",
            "out|boues de station d'épuration",
            "out|solvants usagés|hazardous",
            "out|déchets de viande et os",
            "out|fish heads and frames",
            "in|aliments pour animaux",
            "in|déchets de viande",
            "in|restes de repas",
            "in|terreau",
            "in|biodéchets");
    static final List<String> NAF =
            List.of("16.10A", "35.30Z", "23.51Z", "10.71C", "45.20A", "01.13Z", "01.46Z", "10.91Z", "38.21Z", "01.11Z");

    @Provide
    Arbitrary<Dataset> territories() {
        return territories(11, 43.0, 43.4, 5.0, 5.6, 30);
    }

    /** Spread over many grid cells with many actors: the search stops rings early and skips pairs. */
    @Provide
    Arbitrary<Dataset> wideTerritories() {
        return territories(40, 42.9, 44.3, 4.6, 7.2, 120);
    }

    /** Many actors in a few km: the grids' cells are halved until they hold a handful each. */
    @Provide
    Arbitrary<Dataset> denseOrWideTerritories() {
        return Arbitraries.oneOf(wideTerritories(), territories(40, 43.00, 43.04, 5.00, 5.05, 160));
    }

    private static Arbitrary<Dataset> territories(
            int actors, double latFrom, double latTo, double lonFrom, double lonTo, int maxRows) {
        Arbitrary<String> row = Combinators.combine(
                        Arbitraries.integers().between(0, actors),
                        Arbitraries.of(NAF),
                        Arbitraries.of(LABELS),
                        Arbitraries.integers().between(1, 500),
                        Arbitraries.doubles().between(latFrom, latTo),
                        Arbitraries.doubles().between(lonFrom, lonTo),
                        Arbitraries.integers().between(20, 120))
                .as((actor, naf, flow, qty, lat, lon, temp) -> {
                    String[] parts = flow.split("\\|");
                    return "A" + actor + "|" + naf + "|" + parts[0] + "|" + parts[1] + "|" + qty + "|" + lat + "|" + lon
                            + "|temp=" + temp + (parts.length > 2 ? " hazardous=true" : "");
                });
        return row.list().ofMinSize(2).ofMaxSize(maxRows).map(MatcherPropertiesTest::table);
    }

    /** Each actor keeps the NAF code and place of its first row, as in a real dataset. */
    static Dataset table(List<String> rows) {
        Map<String, String[]> actors = new HashMap<>();
        List<String> lines = new ArrayList<>();
        lines.add("actor | naf | dir | resource | qty | lat | lon | extra");
        for (String row : rows) {
            String[] c = row.split("\\|");
            String[] first = actors.computeIfAbsent(c[0], a -> c);
            lines.add(String.join(" | ", c[0], first[1], c[2], c[3], c[4], first[5], first[6], c[7]));
        }
        return Territories.parse(String.join("\n", lines));
    }

    @Property(tries = 60)
    void indexedSearchFindsExactlyWhatComparingAllPairsFinds(
            @ForAll("territories") Dataset territory, @ForAll boolean variety) {
        MatchOptions options = MatchOptions.defaults().withVariety(variety);
        MatchResult indexed = MATCHER.match(territory, options);
        MatchResult naive = MATCHER.matchNaively(territory, options);
        assertThat(indexed.candidates()).isEqualTo(naive.candidates());
        assertThat(indexed.stats().candidatePairs())
                .isLessThanOrEqualTo(naive.stats().candidatePairs());
    }

    /** The rings the indexed search leaves unwalked and the pairs it leaves unscored never hold a better answer. */
    @Property(tries = 120)
    void cuttingTheSearchShortNeverChangesTheAnswer(
            @ForAll("denseOrWideTerritories") Dataset territory,
            @ForAll @IntRange(min = 1, max = 6) int k,
            @ForAll("radii") Double maxDistanceKm,
            @ForAll boolean variety) {
        MatchOptions options = MatchOptions.defaults()
                .withTopK(k)
                .withMaxDistanceKm(maxDistanceKm)
                .withVariety(variety);
        MatchResult indexed = MATCHER.match(territory, options);
        MatchResult naive = MATCHER.matchNaively(territory, options);
        assertThat(indexed.candidates()).isEqualTo(naive.candidates());
    }

    /** The bound that lets the search stop is never below a score a pair actually gets. */
    @Property(tries = 60)
    void noPairScoresAboveTheBoundOfItsLookup(@ForAll("denseOrWideTerritories") Dataset data) {
        KnowledgeBase knowledge = SmallKnowledge.load();
        Territory territory = Territory.read(data, knowledge, new FamilyClassifier(knowledge), Progress.SILENT);
        var compatibility = new Compatibility(knowledge);
        var lookups = new RunLookups(compatibility, null);
        List<Receiver> receivers = new ArrayList<>();
        territory.demands.forEach(need -> need.families()
                .forEach(family -> receivers.add(Receiver.declared(need, family, knowledge.taxonomy()))));
        territory.actors.forEach(actor -> receivers.add(Receiver.byActivity(actor)));
        int scored = 0;
        for (FlowFacts supply : territory.supplies) {
            for (Classification family : supply.families()) {
                for (Lookup lookup : lookups.of(supply, family)) {
                    for (Receiver receiver : receivers) {
                        if (!compatibility.answers(lookup, receiver)) {
                            continue;
                        }
                        double distance = supply.actor().distanceKm(receiver.actor());
                        Proposal proposal = SubstitutionRules.evaluate(
                                supply, family, receiver, lookup, distance, knowledge.taxonomy());
                        if (proposal != null) {
                            scored++;
                            double fit = receiver.isDeclared()
                                    ? QuantityClass.of(receiver.need()).bestFitWith(supply)
                                    : QuantityFit.UNKNOWN;
                            assertThat(ScoreBounds.upperBound(family, lookup, distance, fit))
                                    .isGreaterThanOrEqualTo(proposal.score());
                            // The same, less what a need's confidence below 1 takes away (the search's first cut).
                            double needConfidence = receiver.isDeclared()
                                    ? ResourceFit.needEvidence(
                                            receiver.needFamily().confidence(),
                                            ResourceFit.corroborates(receiver, lookup))
                                    : 0;
                            assertThat(ScoreBounds.upperBound(family, lookup, distance, fit)
                                            - ScoreBounds.semanticHeadroom(family, lookup) * (1 - needConfidence))
                                    .isGreaterThanOrEqualTo(proposal.score());
                            // The receiver's own bound, from the numbers the index keeps of it: its very score.
                            double atLimit = SubstitutionRules.scoreAtLimit(
                                    receiver.isDeclared()
                                            ? ResourceFit.ofNeed(
                                                    family,
                                                    lookup,
                                                    receiver.needFamily().confidence(),
                                                    receiver.needFamilyNumber(),
                                                    ResourceFit.activityAgreement(receiver, lookup) == 1,
                                                    ResourceFit.corroborates(receiver, lookup),
                                                    knowledge.taxonomy())
                                            : ResourceFit.ofActivity(family, lookup),
                                    WayOfUse.of(family, lookup.via()),
                                    receiver.isDeclared()
                                            ? QuantityFit.of(supply, receiver.need())
                                            : QuantityFit.UNKNOWN);
                            assertThat(ScoreBounds.upperBound(atLimit, distance, lookup.radiusKm()))
                                    .isGreaterThanOrEqualTo(proposal.score())
                                    .isCloseTo(proposal.score(), org.assertj.core.api.Assertions.within(1e-6));
                        }
                    }
                }
            }
        }
        Statistics.collect(scored > 0);
    }

    /**
     * No pair that a rule of law refuses is proposed at any rank, with or without variety: each proposal is
     * judged again by the rules' plain definition ({@link LawRules#refusal}), from its supply's traits, its
     * pathway's uses and level and whether its receiver feeds animals.
     */
    @Property(tries = 120)
    void noPairARuleOfLawRefusesIsProposedAtAnyRank(
            @ForAll("denseOrWideTerritories") Dataset data,
            @ForAll @IntRange(min = 1, max = 8) int k,
            @ForAll boolean variety) {
        KnowledgeBase knowledge = SmallKnowledge.load();
        Territory territory = Territory.read(data, knowledge, new FamilyClassifier(knowledge), Progress.SILENT);
        var law = new LawRules(knowledge.taxonomy());
        Map<String, FlowFacts> supplies = new HashMap<>();
        territory.supplies.forEach(supply -> supplies.put(supply.id(), supply));
        Map<String, ActorFacts> actors = new HashMap<>();
        territory.actors.forEach(actor -> actors.put(actor.id(), actor));
        Map<String, Pathway> pathways = new HashMap<>();
        knowledge.pathways().forEach(pathway -> pathways.put(pathway.id(), pathway));

        MatchResult result =
                MATCHER.match(data, MatchOptions.defaults().withTopK(k).withVariety(variety));

        for (Substitution s : result.substitutions()) {
            int traits = law.traits(supplies.get(s.supplyFlow()));
            Pathway pathway =
                    s.pathway() == null ? null : pathways.get(s.pathway().id());
            Set<PathwayUse> uses = pathway == null ? Set.of() : pathway.uses();
            boolean feedsAnimals = pathway == null && LawRules.feedsAnimals(actors.get(s.demandActor()));
            // A company found through its activity's usual consumption of things reused as they are takes them so.
            String consumed = s.pathway().id().startsWith("activity-uses-")
                    ? s.pathway().id().substring("activity-uses-".length())
                    : null;
            WasteHierarchy level = pathway != null
                    ? pathway.hierarchy()
                    : consumed != null && knowledge.reusedAsIs(consumed) ? WasteHierarchy.REUSE : null;
            assertThat(LawRules.refusal(traits, uses, level, pathway != null, feedsAnimals))
                    .as("%s to %s through %s", s.supplyFlow(), s.demandActor(), s.pathway())
                    .isNull();
        }
        Statistics.label("something refused").collect(!result.refused().isEmpty());
        Statistics.label("refused and something proposed")
                .collect(!result.refused().isEmpty() && !result.substitutions().isEmpty());
    }

    @Provide
    Arbitrary<Double> radii() {
        return Arbitraries.of(5.0, 12.0, 30.0, 50.0, 200.0).injectNull(0.3);
    }

    @Property(tries = 60)
    void scoresStayWithinZeroAndOneAndNobodyMatchesItself(@ForAll("territories") Dataset territory) {
        for (Candidate c : MATCHER.match(territory, MatchOptions.defaults()).candidates()) {
            assertThat(c.score()).isBetween(0.0, 1.0);
            if (c instanceof Substitution s) {
                assertThat(s.demandActor()).isNotEqualTo(s.supplyActor());
            }
        }
    }

    @Property(tries = 60)
    void topKIsHonouredForEverySupply(
            @ForAll("territories") Dataset territory, @ForAll @IntRange(min = 1, max = 4) int k) {
        Map<String, Integer> perSupply = new HashMap<>();
        for (Substitution s :
                MATCHER.match(territory, MatchOptions.defaults().withTopK(k)).substitutions()) {
            perSupply.merge(s.supplyFlow(), 1, Integer::sum);
        }
        assertThat(perSupply.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(k));
    }

    /** Asking for more places adds places: those of a smaller top are always among those of a larger one, with or without variety. */
    @Property(tries = 60)
    void aLargerTopKeepsThePlacesOfASmallerOne(
            @ForAll("denseOrWideTerritories") Dataset territory,
            @ForAll @IntRange(min = 1, max = 4) int k,
            @ForAll @IntRange(min = 1, max = 4) int more,
            @ForAll boolean variety) {
        Map<String, List<String>> fewer = placesBySupply(territory, k, variety);
        Map<String, List<String>> larger = placesBySupply(territory, k + more, variety);
        assertThat(larger.keySet()).containsAll(fewer.keySet());
        fewer.forEach((supply, receivers) -> assertThat(larger.get(supply)).containsAll(receivers));
    }

    private static Map<String, List<String>> placesBySupply(Dataset territory, int k, boolean variety) {
        Map<String, List<String>> places = new HashMap<>();
        for (Substitution s : MATCHER.match(
                        territory, MatchOptions.defaults().withTopK(k).withVariety(variety))
                .substitutions()) {
            places.computeIfAbsent(s.supplyFlow(), f -> new ArrayList<>()).add(s.demandActor());
        }
        return places;
    }

    @Property(tries = 30)
    void sameInputGivesTheSameOutput(@ForAll("territories") Dataset territory) {
        assertThat(MATCHER.match(territory, MatchOptions.defaults()))
                .isEqualTo(MATCHER.match(territory, MatchOptions.defaults()));
    }

    @Property(tries = 30)
    void ranksRunFromOneInScoreOrder(@ForAll("territories") Dataset territory) {
        List<Candidate> candidates =
                MATCHER.match(territory, MatchOptions.defaults()).candidates();
        for (int i = 0; i < candidates.size(); i++) {
            assertThat(candidates.get(i).rank()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(candidates.get(i).score())
                        .isLessThanOrEqualTo(candidates.get(i - 1).score());
            }
        }
    }
}
