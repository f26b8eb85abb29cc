package org.symbiose.engine.matching;

import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * What a good substitution is: a pair that every rule lets pass ({@link PairGate}, and the rules of law
 * {@link LawRules} before them), scored as the weighed sum of four parts, each a rule of its own that
 * declares its bound beside its value: how surely both sides are the resource ({@link ResourceFit},
 * 0.45), how established the way of use is ({@link WayOfUse}, 0.20), nearness within the distance
 * limit ({@link Nearness}, 0.20) and agreement of quantities ({@link QuantityFit}, 0.15). The search
 * ({@code matching.search.ScoreBounds}) adds up the parts' bounds with the same weights.
 */
public final class SubstitutionRules {

    public static final double WEIGHT_SEMANTIC = 0.45;
    public static final double WEIGHT_STRENGTH = 0.20;
    public static final double WEIGHT_DISTANCE = 0.20;
    public static final double WEIGHT_QUANTITY = 0.15;

    private SubstitutionRules() {}

    /** The accepted proposal, or null when a rule refuses the pair; {@code distance} in km between the two. */
    public static Proposal evaluate(
            FlowFacts supply,
            Classification family,
            Receiver receiver,
            Lookup lookup,
            double distance,
            Taxonomy taxonomy) {
        FlowFacts need = receiver.need();
        boolean agreeing = ResourceFit.activityAgreement(receiver, lookup) == 1;
        PairGate refusing = PairGate.refusing(
                supply,
                lookup,
                receiver.actor().index(),
                distance,
                receiver.isDeclared(),
                need == null ? Double.NaN : need.temperatureC(),
                need == null ? PairGate.OPEN_START : need.fromDay(),
                need == null ? PairGate.OPEN_END : need.toDay(),
                LawRules.broken(supply.state()),
                receiver.needSaysBroken(),
                receiver.isDeclared()
                        && PairGate.inputSoughtByAnotherTrade(lookup, receiver.needFamilyNumber(), agreeing),
                PairGate.takesNonHazardousOnly(receiver.actor()),
                Trades.runsAnotherProcess(receiver.actor().trades(), lookup.tradesRunning()));
        if (refusing != null) {
            return null;
        }
        double semantic = receiver.isDeclared()
                ? ResourceFit.ofNeed(
                        family,
                        lookup,
                        receiver.needFamily().confidence(),
                        receiver.needFamilyNumber(),
                        agreeing,
                        ResourceFit.corroborates(receiver, lookup),
                        taxonomy)
                : ResourceFit.ofActivity(family, lookup);
        double quantity = receiver.isDeclared() ? QuantityFit.of(supply, receiver.need()) : QuantityFit.UNKNOWN;
        return proposal(
                supply, family, receiver, lookup, distance, semantic, WayOfUse.of(family, lookup.via()), quantity);
    }

    /** The proposal of a pair that passes the rules, its parts worked out. */
    public static Proposal proposal(
            FlowFacts supply,
            Classification family,
            Receiver receiver,
            Lookup lookup,
            double distance,
            double semantic,
            double strength,
            double quantity) {
        double nearness = Nearness.of(distance, lookup.radiusKm());
        double score = combine(semantic, strength, nearness, quantity);
        return new Proposal(
                supply,
                family,
                receiver,
                lookup.via(),
                distance,
                lookup.radiusKm(),
                semantic,
                strength,
                quantity,
                Math.max(0, Math.min(1, score)));
    }

    /**
     * A company that declared a need admitting the supply and whose trade a pathway of the supply names, when
     * its trade weighs more than its need's words: the proposal found through its activity, kept with its need.
     * It asked, and its trade uses the resource: at least as good a lead as if it had asked nothing, and the
     * facilitator sees the need it declared (docs/decisions/0038). The score and its parts are the trade's.
     */
    public static Proposal throughTrade(Proposal byActivity, Receiver need) {
        return new Proposal(
                byActivity.supply(),
                byActivity.supplyFamily(),
                need,
                byActivity.via(),
                byActivity.distanceKm(),
                byActivity.limitKm(),
                byActivity.semantic(),
                byActivity.strength(),
                byActivity.quantityFit(),
                byActivity.score(),
                true);
    }

    /**
     * The score of a pair at the distance limit, where nearness adds nothing: what the search adds
     * {@link Nearness#bound} to.
     */
    public static double scoreAtLimit(double semantic, double strength, double quantity) {
        return combine(semantic, strength, 0, quantity);
    }

    /** The weighed sum of the four parts; of their bounds, a bound of the score. */
    public static double combine(double semantic, double strength, double nearness, double quantity) {
        return WEIGHT_SEMANTIC * semantic
                + WEIGHT_STRENGTH * strength
                + WEIGHT_DISTANCE * nearness
                + WEIGHT_QUANTITY * quantity;
    }
}
