package org.symbiose.engine.matching;

import org.symbiose.engine.quantity.Dimension;

/**
 * The rule of the score's fourth part (weight {@link SubstitutionRules#WEIGHT_QUANTITY}): how well the
 * quantities agree. Its value for a pair ({@link #of}) and its bound for every need whose yearly
 * quantity lies in a range ({@link #boundWithin}), by which the search gives up early on needs far too
 * large or too small (the index tags each need with its range, see {@code search.QuantityClass}).
 */
public final class QuantityFit {

    /** Value when either quantity is unknown (always so for a receiver found by its activity). */
    public static final double UNKNOWN = 0.6;
    /** Value for quantities measured in different dimensions (tonnes offered, m3 sought). */
    public static final double OTHER_DIMENSION = 0.5;
    /** Value for quantities of the same dimension as different as can be. */
    public static final double MIN = 0.4;

    private QuantityFit() {}

    /** {@link #of(FlowFacts, double, Dimension)} of a need read whole. */
    public static double of(FlowFacts supply, FlowFacts need) {
        return of(supply, need.perYear(), need.dimension());
    }

    /**
     * 1 when supply and need are equal per year, falling towards {@link #MIN} as they differ; {@link
     * #UNKNOWN} when either is unknown, {@link #OTHER_DIMENSION} when they are not measured alike. From
     * the need's yearly quantity (NaN if unknown) and its dimension, so that the search need not read it.
     */
    public static double of(FlowFacts supply, double needPerYear, Dimension needDimension) {
        if (!supply.hasQuantity() || Double.isNaN(needPerYear) || needDimension == null) {
            return UNKNOWN;
        }
        if (supply.dimension() != needDimension) {
            return OTHER_DIMENSION;
        }
        double max = Math.max(supply.perYear(), needPerYear);
        if (max == 0) {
            return UNKNOWN;
        }
        return MIN + (1 - MIN) * Math.min(supply.perYear(), needPerYear) / max;
    }

    /**
     * The bound for every need of {@code dimension} whose yearly quantity lies in [{@code low}, {@code
     * high}), a hair above it against rounding: the value at the end of the range nearest the supply's.
     */
    public static double boundWithin(FlowFacts supply, Dimension dimension, double low, double high) {
        if (!supply.hasQuantity()) {
            return UNKNOWN;
        }
        if (supply.dimension() != dimension) {
            return OTHER_DIMENSION;
        }
        double q = supply.perYear();
        if (!(q > 0) || Double.isInfinite(q)) {
            return 1;
        }
        double ratio = q < low ? q / low : q > high ? high / q : 1;
        return Math.min(1, MIN + (1 - MIN) * ratio + 1e-9);
    }
}
