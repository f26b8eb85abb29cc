package org.symbiose.synergies;

import java.math.BigDecimal;
import java.util.Objects;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/** A synergy's recorded quantity: so much of a unit per period. */
public record SynergyQuantity(BigDecimal value, Unit unit, Period period) {

    public SynergyQuantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
    }
}
