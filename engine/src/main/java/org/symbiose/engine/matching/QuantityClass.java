package org.symbiose.engine.matching;

import org.symbiose.engine.quantity.Dimension;

/**
 * The order of magnitude of a declared need's yearly quantity: needs are indexed by it so that a search
 * knows, before meeting them, how well at best their quantities can fit a supply's, and can give up
 * early on the needs far too large or too small.
 *
 * @param dimension null for a need of unknown quantity ({@link #UNKNOWN}) or of a quantity that is not
 *     a positive finite number ({@link #OTHER})
 * @param exponent the need's yearly quantity lies in [2^exponent, 2^(exponent + 1))
 */
record QuantityClass(Dimension dimension, int exponent, boolean known) {

    static final QuantityClass UNKNOWN = new QuantityClass(null, 0, false);
    static final QuantityClass OTHER = new QuantityClass(null, 1, false);

    static QuantityClass of(FlowFacts need) {
        if (!need.hasQuantity()) {
            return UNKNOWN;
        }
        double q = need.perYear();
        if (!(q >= Double.MIN_NORMAL) || Double.isInfinite(q)) {
            return OTHER;
        }
        return new QuantityClass(need.dimension(), Math.getExponent(q), true);
    }

    /**
     * The best {@link SubstitutionRules#quantityFit} a supply can have with any need of this class, a
     * hair above it against rounding.
     */
    double bestFitWith(FlowFacts supply) {
        if (this == UNKNOWN || !supply.hasQuantity()) {
            return SubstitutionRules.UNKNOWN_QUANTITY_FIT;
        }
        if (!known) {
            return 1;
        }
        if (supply.dimension() != dimension) {
            return SubstitutionRules.OTHER_DIMENSION_FIT;
        }
        double q = supply.perYear();
        if (!(q > 0) || Double.isInfinite(q)) {
            return 1;
        }
        double low = Math.scalb(1.0, exponent);
        double high = Math.scalb(1.0, exponent + 1);
        double ratio = q < low ? q / low : q > high ? high / q : 1;
        return Math.min(
                1, SubstitutionRules.MIN_QUANTITY_FIT + (1 - SubstitutionRules.MIN_QUANTITY_FIT) * ratio + 1e-9);
    }
}
