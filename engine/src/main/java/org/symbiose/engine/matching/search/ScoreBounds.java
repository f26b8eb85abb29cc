package org.symbiose.engine.matching.search;

import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.matching.Lookup;
import org.symbiose.engine.matching.Nearness;
import org.symbiose.engine.matching.QuantityFit;
import org.symbiose.engine.matching.ResourceFit;
import org.symbiose.engine.matching.SubstitutionRules;
import org.symbiose.engine.matching.WayOfUse;

/**
 * How the search combines the bounds the parts of the score declare ({@link ResourceFit#bound}, {@link
 * WayOfUse#of}, {@link Nearness#bound}, {@link QuantityFit#boundWithin}): their weighed sum ({@link
 * SubstitutionRules#combine}), from which the search decides what it need not read. Nothing here knows
 * what a part is made of.
 */
public final class ScoreBounds {

    private ScoreBounds() {}

    /**
     * A score no receiver of the lookup can exceed at {@code minDistanceKm} or farther from the supply:
     * each part at its bound for that lookup, a declared need's quantity fitting at best {@code
     * bestQuantityFit} (see {@link QuantityClass#bestFitWith}). The search of the best receivers stops when
     * this falls below the ones found.
     */
    public static double upperBound(
            Classification family, Lookup lookup, double minDistanceKm, double bestQuantityFit) {
        return upperBound(upperBoundAtLimit(family, lookup, bestQuantityFit), minDistanceKm, lookup.radiusKm());
    }

    /** {@link #upperBound} at the distance limit, where nearness adds nothing: its part that distance leaves. */
    public static double upperBoundAtLimit(Classification family, Lookup lookup, double bestQuantityFit) {
        return SubstitutionRules.combine(
                ResourceFit.bound(family, lookup),
                WayOfUse.of(family, lookup.via()),
                0,
                lookup.declared() ? bestQuantityFit : QuantityFit.UNKNOWN);
    }

    /**
     * What {@link #upperBound} loses per unit of a declared need's evidence below 1 ({@link
     * ResourceFit#boundForEvidence}): the weighed resource-fit bound. 0 for lookups of receivers found by
     * their activity, whose bound is exact.
     */
    public static double semanticHeadroom(Classification family, Lookup lookup) {
        return lookup.declared() ? SubstitutionRules.WEIGHT_SEMANTIC * ResourceFit.bound(family, lookup) : 0;
    }

    /**
     * {@link #upperBound} from its part at the limit, plus a hair against rounding (the score adds the
     * same terms in another order).
     */
    public static double upperBound(double atLimit, double minDistanceKm, double limitKm) {
        return atLimit + SubstitutionRules.WEIGHT_DISTANCE * Nearness.bound(minDistanceKm, limitKm) + 1e-9;
    }

    /**
     * A declared need's bound from the lookup's ({@code bound}, taken at evidence 1), knowing its evidence
     * ({@link ResourceFit#needEvidence}): the resource-fit part is replaced by its bound for that evidence.
     */
    static double forEvidence(double bound, double headroom, double evidence) {
        return bound - headroom + ResourceFit.boundForEvidence(headroom, evidence);
    }
}
