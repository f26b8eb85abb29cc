package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.symbiose.engine.classify.FamilyClassifier;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.Pathway;
import org.symbiose.engine.knowledge.ResourceFamily;

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
        this.explanations = new Explanations(knowledge.taxonomy());
    }

    /** Candidates found through indexes by family and space: never compares all pairs. */
    public MatchResult match(Dataset dataset, MatchOptions options) {
        Territory territory = Territory.read(dataset, knowledge, classifier, options.progress());
        options.progress().report("indexing receivers", 0, 1);
        var index = new ReceiverIndex(territory, knowledge.taxonomy());
        options.progress().report("indexing receivers", 1, 1);
        return run(territory, SubstitutionFinder.indexed(index), options);
    }

    /**
     * The same candidates found by testing every supply against every receiver: the baseline the
     * indexed search must equal, for tests and benchmarks. Quadratic: small territories only.
     */
    public MatchResult matchNaively(Dataset dataset, MatchOptions options) {
        Territory territory = Territory.read(dataset, knowledge, classifier, options.progress());
        return run(territory, SubstitutionFinder.allPairs(territory, compatibility), options);
    }

    private MatchResult run(Territory territory, SubstitutionFinder.Enumeration enumeration, MatchOptions options) {
        var finder = new SubstitutionFinder(compatibility);
        List<Proposal> proposals = finder.best(territory, enumeration, options);
        List<MutualisationFinder.Group> groups = new MutualisationFinder(knowledge).find(territory, options);
        List<Candidate> candidates = new ArrayList<>();
        proposals.forEach(p -> candidates.add(substitution(p)));
        groups.forEach(g -> candidates.add(mutualisation(g)));
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Matcher::tieBreak));
        List<Candidate> ranked = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            ranked.add(c instanceof Substitution s ? s.ranked(i + 1) : ((Mutualisation) c).ranked(i + 1));
        }
        var stats = new MatchStats(
                territory.actors.size(),
                territory.flowCount,
                territory.supplies.size() + territory.demands.size(),
                finder.examined(),
                finder.rejected(),
                proposals.size(),
                groups.size());
        return new MatchResult(ranked, territory.unclassified, stats);
    }

    private static String tieBreak(Candidate c) {
        if (c instanceof Substitution s) {
            return "S" + s.supplyFlow() + "\u0000" + s.demandActor() + "\u0000"
                    + (s.demandFlow() == null ? "" : s.demandFlow());
        }
        Mutualisation m = (Mutualisation) c;
        return "M" + m.themeId() + "\u0000" + String.join(",", m.flows());
    }

    private Substitution substitution(Proposal p) {
        List<List<String>> reasons = explanations.of(p);
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
                0,
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
                    "Réemploi direct : " + family.labelFr(),
                    "Direct reuse: " + family.labelEn());
        }
        ResourceFamily family = knowledge.taxonomy().get(((Via.ByActivity) via).family());
        return new PathwayRef(
                "activity-uses-" + family.id(),
                "Activité consommatrice habituelle : " + family.labelFr(),
                "Activity that typically uses: " + family.labelEn());
    }

    private static Mutualisation mutualisation(MutualisationFinder.Group group) {
        var theme = group.theme();
        List<String> actors = group.flows().stream().map(f -> f.actor().id()).toList();
        List<String> names =
                group.flows().stream().map(f -> f.actor().name()).limit(6).toList();
        String more = group.flows().size() > 6 ? "…" : "";
        String radius = Explanations.fr(theme.radiusKm(), 0);
        List<String> fr = List.of(
                group.flows().size() + " entreprises à moins de " + radius
                        + " km les unes des autres partagent ce thème : " + theme.labelFr(),
                "Entreprises : " + String.join(", ", names) + more,
                "Distance moyenne au centre du groupe : " + Explanations.fr(group.meanDistanceKm(), 1) + " km",
                "Flux concernés : "
                        + group.flows().stream()
                                .map(f -> "« " + f.flow().label() + " »")
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
                0,
                round(group.score()),
                theme.id(),
                theme.labelFr(),
                theme.labelEn(),
                actors,
                group.flows().stream().map(FlowFacts::id).toList(),
                fr,
                en);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
