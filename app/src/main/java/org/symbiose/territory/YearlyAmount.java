package org.symbiose.territory;

import java.math.BigDecimal;
import java.util.Optional;
import org.symbiose.engine.quantity.Dimension;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.QuantityPerPeriod;
import org.symbiose.engine.quantity.Unit;

/**
 * A declared quantity brought to a year in the reference unit of its dimension (t, MWh, m3), through the
 * engine's conversions: 500 kg a month is 6 t a year. The Sankey adds only amounts of one dimension.
 */
record YearlyAmount(Dimension dimension, double value) {

    /** The yearly amount, empty when the quantity or its unit is unknown. A missing period is a year. */
    static Optional<YearlyAmount> of(BigDecimal quantity, Unit unit, Period period) {
        if (quantity == null || unit == null) {
            return Optional.empty();
        }
        var perYear = QuantityPerPeriod.of(quantity.doubleValue(), unit, period == null ? Period.YEAR : period)
                .perYear()
                .toReferenceUnit();
        return Optional.of(new YearlyAmount(unit.dimension(), perYear.value()));
    }

    /** Whether the metabolism draws this dimension: mass, energy and volume, each in its own diagram. */
    static boolean drawn(Dimension dimension) {
        return dimension == Dimension.MASS || dimension == Dimension.ENERGY || dimension == Dimension.VOLUME;
    }
}
