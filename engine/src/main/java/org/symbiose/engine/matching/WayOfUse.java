package org.symbiose.engine.matching;

import org.symbiose.engine.classify.Classification;

/**
 * The rule of the score's second part (weight {@link SubstitutionRules#WEIGHT_STRENGTH}): how established
 * the way of use is, times its level in the waste hierarchy ({@link HierarchyWeight}). It depends on the
 * lookup only, so its value is its own exact bound.
 */
public final class WayOfUse {

    /** Strength of reusing a resource exactly as the receiver declared it. */
    public static final double SAME_FAMILY_STRENGTH = 0.9;
    /** Strength when the receiver declared a broader family than the supply's. */
    public static final double BROADER_FAMILY_STRENGTH = 0.75;
    /** Strength of a receiver found only through its activity's usual consumption. */
    public static final double ACTIVITY_STRENGTH = 0.5;

    private WayOfUse() {}

    /** The value for a supply read as {@code family} used {@code via} this way: also its bound. */
    public static double of(Classification family, Via via) {
        if (via instanceof Via.Direct direct) {
            return (direct.family().equals(family.family()) ? SAME_FAMILY_STRENGTH : BROADER_FAMILY_STRENGTH)
                    * HierarchyWeight.UNLEVELLED;
        }
        if (via instanceof Via.ByPathway byPathway) {
            return byPathway.pathway().strength()
                    * HierarchyWeight.of(byPathway.pathway().hierarchy());
        }
        return ACTIVITY_STRENGTH * HierarchyWeight.UNLEVELLED;
    }
}
