package org.symbiose.impacts;

import java.math.BigDecimal;
import org.symbiose.engine.quantity.Dimension;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/** The rule of {@link Metric#TONNES_VALORISED} for one quantity: a mass per year, in tonnes. */
public final class Tonnage {

    private Tonnage() {}

    /**
     * Tonnes per year of a quantity given in a unit over a period (16 kt per year: 16,000; 2 t per
     * month: 24); zero for what is not a mass (m³, MWh, units), which is not added to tonnes.
     */
    public static BigDecimal perYear(BigDecimal value, Unit unit, Period period) {
        if (value == null || unit == null || unit.dimension() != Dimension.MASS) {
            return BigDecimal.ZERO;
        }
        Period over = period == null ? Period.defaultPeriod() : period;
        return value.multiply(BigDecimal.valueOf(unit.factorToReference()))
                .multiply(BigDecimal.valueOf(over.perYearFactor()));
    }
}
