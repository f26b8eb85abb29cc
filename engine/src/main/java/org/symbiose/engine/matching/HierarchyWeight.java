package org.symbiose.engine.matching;

import org.symbiose.engine.knowledge.WasteHierarchy;

/** The rule of the waste hierarchy: a way of use's level weighs on its strength (docs/decisions/0012). */
public final class HierarchyWeight {

    private HierarchyWeight() {}

    /**
     * How a way of use's level in the waste hierarchy weighs on its strength: reuse and preparation for
     * reuse at full weight, recycling a little less, energy recovery and disposal clearly less. At equal
     * fit the higher level ranks first; a much better fit (nearer, surer, the right quantity) still wins,
     * as the hierarchy allows where the life-cycle says so (Directive 2008/98/EC, art. 4(2)). A declared
     * need of the same resource and an activity's usual consumption say nothing of the level: they weigh
     * as recycling ({@link #UNLEVELLED}), the common case, so that a recycling pathway is neither
     * favoured nor penalised against them.
     */
    static double of(WasteHierarchy level) {
        return switch (level) {
            case REUSE, PREPARATION_FOR_REUSE -> 1;
            case RECYCLING -> RECYCLING_WEIGHT;
            case OTHER_RECOVERY -> ENERGY_RECOVERY_WEIGHT;
            case DISPOSAL -> DISPOSAL_WEIGHT;
        };
    }

    /** {@link #of} of recycling and material recovery. */
    static final double RECYCLING_WEIGHT = 0.95;
    /** {@link #of} of other recovery, notably energy recovery. */
    static final double ENERGY_RECOVERY_WEIGHT = 0.85;
    /** {@link #of} of disposal. */
    static final double DISPOSAL_WEIGHT = 0.7;
    /** The weight of the strength of a way of use that is no pathway, and so has no level: as recycling. */
    static final double UNLEVELLED = RECYCLING_WEIGHT;
}
