package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.symbiose.engine.classify.FamilyClassifier;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.Pathway;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.matching.search.CandidateOrder;
import org.symbiose.engine.matching.search.MutualisationFinder;
import org.symbiose.engine.matching.search.PairsWithinReach;
import org.symbiose.engine.matching.search.ReceiverIndex;
import org.symbiose.engine.matching.search.SubstitutionFinder;

/**
 * Proposes substitutions and mutualisations for a territory, each explained in French and English.
 * Thread-safe: one matcher may serve many runs.
 */
public final class Matcher {

    private final KnowledgeBase knowledge;
    private final FamilyClassifier classifier;
    private final Compatibility compatibility;
    private final Explanations explanations;

    public Matcher(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.classifier = new FamilyClassifier(knowledge);
        this.compatibility = new Compatibility(knowledge);
        this.explanations = new Explanations(knowledge.taxonomy(), knowledge.pathways());
    }

    /** Candidates found through indexes by family and space: never compares all pairs. */
    public MatchResult match(Dataset dataset, MatchOptions options) {
        Territory territory =
                Territory.read(dataset, knowledge, compatibility.trades(), classifier.forRun(), options.progress());
        options.progress().report("indexing receivers", 0, 1);
        var index = new ReceiverIndex(territory, knowledge.taxonomy());
        options.progress().report("indexing receivers", 1, 1);
        var finder = new SubstitutionFinder(compatibility);
        return run(territory, finder, finder.best(territory, index, options), options);
    }

    /**
     * The same candidates found by testing every supply against every receiver: the baseline the
     * indexed search must equal, for tests and benchmarks. Quadratic: small territories only.
     */
    public MatchResult matchNaively(Dataset dataset, MatchOptions options) {
        Territory territory =
                Territory.read(dataset, knowledge, compatibility.trades(), classifier.forRun(), options.progress());
        var finder = new SubstitutionFinder(compatibility);
        return run(territory, finder, finder.bestOfAllPairs(territory, options), options);
    }

    /**
     * For benchmarks: how many (supply, receiver) pairs answer one of the supply's lookups within its
     * radius (a pair counted once per lookup), enumerated through the indexes without scoring. This is
     * what a spatial join of family-compatible pairs produces; {@link #match} examines far fewer.
     */
    public long countPairsWithinReach(Dataset dataset, MatchOptions options) {
        Territory territory =
                Territory.read(dataset, knowledge, compatibility.trades(), classifier.forRun(), Progress.SILENT);
        return PairsWithinReach.count(
                compatibility, territory, new ReceiverIndex(territory, knowledge.taxonomy()), options);
    }

    /**
     * For tests: how many entries the matcher holds beyond its knowledge base; fixed once built, however
     * many runs it serves and whatever their options and labels (each run keeps its own lookups, see {@link
     * RunLookups}, and reads its labels with a classifier of its own, see {@link FamilyClassifier#forRun}).
     */
    public int retainedEntries() {
        return compatibility.retainedEntries() + classifier.cachedEntries();
    }

    private MatchResult run(
            Territory territory, SubstitutionFinder finder, List<Proposal> proposals, MatchOptions options) {
        var order = new IdOrder(territory);
        List<MutualisationFinder.Group> groups =
                new MutualisationFinder(knowledge).find(options, order.flowsById, order.actorRank);
        options.progress().report("ranking candidates", 0, 1);
        int[] ranked = CandidateOrder.of(proposals, groups, order.flowRank, order.actorRank);
        options.progress().report("ranking candidates", 1, 1);
        var stats = new MatchStats(
                territory.actors.size(),
                territory.flowCount,
                territory.supplies.size() + territory.demands.size(),
                finder.examined(),
                finder.rejected(),
                proposals.size(),
                groups.size());
        return new MatchResult(
                new Candidates(proposals, groups, ranked), territory.unclassified, stats, finder.refusals());
    }

    /**
     * Flows and actors numbered in the order of their ids, so that a million candidates are ordered by
     * comparing numbers, not strings.
     */
    private static final class IdOrder {
        final int[] flowRank;
        final int[] actorRank;
        /** The flows read (supplies and needs), in the order of their ids. */
        final FlowFacts[] flowsById;

        IdOrder(Territory territory) {
            flowRank = new int[territory.flowCount];
            // In the dataset's order, which is often already that of the ids.
            FlowFacts[] byIndex = new FlowFacts[territory.flowCount];
            territory.supplies.forEach(f -> byIndex[f.index()] = f);
            territory.demands.forEach(f -> byIndex[f.index()] = f);
            FlowFacts[] flows = Arrays.stream(byIndex).filter(Objects::nonNull).toArray(FlowFacts[]::new);
            sortUnlessSorted(flows, Comparator.comparing(FlowFacts::id));
            for (int i = 0; i < flows.length; i++) {
                flowRank[flows[i].index()] = i;
            }
            flowsById = flows;
            ActorFacts[] actors = territory.actors.toArray(new ActorFacts[0]);
            sortUnlessSorted(actors, Comparator.comparing(ActorFacts::id));
            actorRank = new int[actors.length];
            for (int i = 0; i < actors.length; i++) {
                actorRank[actors[i].index()] = i;
            }
        }

        private static <T> void sortUnlessSorted(T[] items, Comparator<T> order) {
            for (int i = 1; i < items.length; i++) {
                if (order.compare(items[i - 1], items[i]) > 0) {
                    Arrays.parallelSort(items, order);
                    return;
                }
            }
        }
    }

    /**
     * The ranked candidates, each with its reasons written when it is read: a territory of a million
     * flows has millions of candidates, whose sentences would not fit in memory all at once.
     */
    private final class Candidates extends ExplainedCandidates {
        private final List<Proposal> proposals;
        private final List<MutualisationFinder.Group> groups;
        /** By rank: the candidate's number (see {@link CandidateOrder#of}). */
        private final int[] ranked;

        Candidates(List<Proposal> proposals, List<MutualisationFinder.Group> groups, int[] ranked) {
            this.proposals = proposals;
            this.groups = groups;
            this.ranked = ranked;
        }

        @Override
        Candidate get(int i, ReasonLanguages languages) {
            int c = ranked[i];
            return c >= 0
                    ? substitution(proposals.get(c), i + 1, languages)
                    : mutualisation(groups.get(-1 - c), i + 1, languages);
        }

        @Override
        public int size() {
            return ranked.length;
        }

        @Override
        public List<String> sharedTexts() {
            var texts = new ArrayList<>(explanations.sharedTexts());
            for (Pathway pathway : knowledge.pathways()) {
                texts.add(pathway.id());
                texts.add(pathway.labelFr());
                texts.add(pathway.labelEn());
            }
            return texts;
        }
    }

    private Substitution substitution(Proposal p, int rank, ReasonLanguages languages) {
        List<List<String>> reasons = explanations.of(p, languages);
        FlowFacts supply = p.supply();
        FlowFacts need = p.receiver().need();
        Double quantity = null;
        String unit = null;
        if (supply.hasQuantity()) {
            quantity = supply.perYear();
            if (need != null && need.hasQuantity() && need.dimension() == supply.dimension()) {
                quantity = Math.min(quantity, need.perYear());
            }
            unit = supply.dimension().referenceUnit().symbol() + "/year";
        }
        return new Substitution(
                rank,
                round(p.score()),
                supply.id(),
                supply.actor().id(),
                need == null ? null : need.id(),
                p.receiver().actor().id(),
                Math.round(p.distanceKm() * 10) / 10.0,
                quantity,
                unit,
                pathwayRef(p.via()),
                reasons.get(0),
                reasons.get(1));
    }

    private PathwayRef pathwayRef(Via via) {
        if (via instanceof Via.ByPathway byPathway) {
            Pathway pathway = byPathway.pathway();
            return new PathwayRef(pathway.id(), pathway.labelFr(), pathway.labelEn());
        }
        if (via instanceof Via.Direct direct) {
            ResourceFamily family = knowledge.taxonomy().get(direct.family());
            return new PathwayRef(
                    "reuse-" + family.id(),
                    "Réemploi direct\u00a0: " + family.labelFr(),
                    "Direct reuse: " + family.labelEn());
        }
        ResourceFamily family = knowledge.taxonomy().get(((Via.ByActivity) via).family());
        return new PathwayRef(
                "activity-uses-" + family.id(),
                "Activité consommatrice habituelle\u00a0: " + family.labelFr(),
                "Activity that typically uses: " + family.labelEn());
    }

    private static Mutualisation mutualisation(MutualisationFinder.Group group, int rank, ReasonLanguages languages) {
        var theme = group.theme();
        List<String> actors = group.flows().stream().map(f -> f.actor().id()).toList();
        List<String> names =
                group.flows().stream().map(f -> f.actor().name()).limit(6).toList();
        String more = group.flows().size() > 6 ? "…" : "";
        String radius = Explanations.fr(theme.radiusKm(), 0);
        List<String> fr = List.of(
                group.flows().size() + " entreprises à moins de " + radius
                        + " km les unes des autres partagent ce thème\u00a0: " + theme.labelFr(),
                "Entreprises\u00a0: " + String.join(", ", names) + more,
                "Distance moyenne au centre du groupe\u00a0: " + Explanations.fr(group.meanDistanceKm(), 1) + " km",
                "Flux concernés\u00a0: "
                        + group.flows().stream()
                                .map(f -> "«\u00a0" + f.flow().label() + "\u00a0»")
                                .limit(6)
                                .toList());
        List<String> en = List.of(
                group.flows().size() + " companies within " + Explanations.en(theme.radiusKm(), 0)
                        + " km of each other share this theme: " + theme.labelEn(),
                "Companies: " + String.join(", ", names) + more,
                "Mean distance to the group's centre: " + Explanations.en(group.meanDistanceKm(), 1) + " km",
                "Flows: "
                        + group.flows().stream()
                                .map(f -> "\"" + f.flow().label() + "\"")
                                .limit(6)
                                .toList());
        return new Mutualisation(
                rank,
                round(group.score()),
                theme.id(),
                theme.labelFr(),
                theme.labelEn(),
                actors,
                group.flows().stream().map(FlowFacts::id).toList(),
                languages.french() ? fr : List.of(),
                languages.english() ? en : List.of());
    }

    private static double round(double score) {
        return CandidateOrder.thousandths(score) / 1000.0;
    }
}
