package org.symbiose.engine.matching;

import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Bounds on the score of {@link SubstitutionRules}: the best a receiver not yet met could score through a
 * lookup, from which the search decides what it need not read.
 */
final class ScoreBounds {

    private ScoreBounds() {}

    /**
     * A score no receiver of the lookup can exceed at {@code minDistanceKm} or farther from the supply:
     * each part of the score at its best for that lookup, a declared need's quantity fitting at best
     * {@code bestQuantityFit} (see {@link QuantityClass#bestFitWith}). The search of the best receivers
     * stops when this falls below the ones found.
     */
    static double upperBound(Classification family, Lookup lookup, double minDistanceKm, double bestQuantityFit) {
        return upperBound(upperBoundAtLimit(family, lookup, bestQuantityFit), minDistanceKm, lookup.radiusKm());
    }

    /** {@link #upperBound} at the distance limit, where nearness adds nothing: its part that distance leaves. */
    static double upperBoundAtLimit(Classification family, Lookup lookup, double bestQuantityFit) {
        return SubstitutionRules.combine(
                family.confidence() * lookup.bestReceiverFactor(),
                SubstitutionRules.strength(family, lookup.via()),
                0,
                lookup.declared() ? bestQuantityFit : SubstitutionRules.UNKNOWN_QUANTITY_FIT);
    }

    /**
     * What {@link #upperBound} loses per unit of a declared need's confidence below 1: the bound takes the
     * need's confidence at 1, and the semantic part is proportional to it. 0 for lookups of receivers
     * found by their activity, whose confidence is fixed.
     */
    static double semanticHeadroom(Classification family, Lookup lookup) {
        return lookup.declared()
                ? SubstitutionRules.WEIGHT_SEMANTIC * family.confidence() * lookup.bestReceiverFactor()
                : 0;
    }

    /**
     * {@link #upperBound} from its part at the limit, plus a hair against rounding (the score adds the
     * same terms in another order).
     */
    static double upperBound(double atLimit, double minDistanceKm, double limitKm) {
        return atLimit + SubstitutionRules.WEIGHT_DISTANCE * SubstitutionRules.nearness(minDistanceKm, limitKm) + 1e-9;
    }

    /**
     * The largest {@code receiverConfidence × affinity × activityAgreement} of a receiver found through a
     * lookup (the last is at most 1, and 1 for some receivers: left out): a declared need's confidence is
     * at most 1, times {@link SubstitutionRules#BROADER_NEED_FACTOR} when the pathway does not name
     * its family (a need below {@code key} that no receiver family of the pathway covers exactly), times
     * {@link SubstitutionRules#OTHER_BRANCH_FACTOR} when {@code key} is off the supply's branch (then so is every family
     * below it, the taxonomy being a tree); a receiver found by its activity has a fixed confidence.
     */
    static double bestReceiverFactor(
            Classification family, Lookup.Target target, String key, Via via, boolean namesBelow, Taxonomy taxonomy) {
        if (target == Lookup.Target.ACTOR_OF_ACTIVITY || target == Lookup.Target.ACTOR_CONSUMING) {
            return via instanceof Via.ByPathway
                    ? SubstitutionRules.PATHWAY_ACTIVITY_CONFIDENCE
                    : SubstitutionRules.PROFILE_CONFIDENCE;
        }
        double confidence = 1;
        if (target == Lookup.Target.NEED_BELOW_FAMILY && via instanceof Via.ByPathway) {
            confidence = namesBelow ? 1 : SubstitutionRules.BROADER_NEED_FACTOR;
        } else if (via instanceof Via.ByPathway byPathway
                && !byPathway.pathway().receiverFamilies().contains(key)) {
            confidence = SubstitutionRules.BROADER_NEED_FACTOR;
        }
        boolean sameBranch = taxonomy.isA(key, family.family()) || taxonomy.isA(family.family(), key);
        return confidence * (sameBranch ? 1 : SubstitutionRules.OTHER_BRANCH_FACTOR);
    }
}
