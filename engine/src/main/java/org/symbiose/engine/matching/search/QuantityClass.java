package org.symbiose.engine.matching.search;

import org.symbiose.engine.matching.FlowFacts;
import org.symbiose.engine.matching.QuantityFit;
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
public record QuantityClass(Dimension dimension, int exponent, boolean known) {

    static final QuantityClass UNKNOWN = new QuantityClass(null, 0, false);
    static final QuantityClass OTHER = new QuantityClass(null, 1, false);

    public static QuantityClass of(FlowFacts need) {
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
     * The best {@link QuantityFit#of} a supply can have with any need of this class, a
     * hair above it against rounding.
     */
    public double bestFitWith(FlowFacts supply) {
        if (this == UNKNOWN || !supply.hasQuantity()) {
            return QuantityFit.UNKNOWN;
        }
        if (!known) {
            return 1;
        }
        return QuantityFit.boundWithin(supply, dimension, Math.scalb(1.0, exponent), Math.scalb(1.0, exponent + 1));
    }
}
