package org.symbiose.purchasing;

import java.math.BigDecimal;
import java.util.Objects;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/**
 * What a whole group-purchasing operation bought: so much of an engine unit over a period (300 MWh a
 * year of electricity, 1,200 pairs of gloves once). The total, not a share per participant: the
 * facilitator knows the order placed with the supplier, not how it is split.
 */
public record PurchaseVolume(BigDecimal value, Unit unit, Period period) {

    public PurchaseVolume {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a volume bought is zero or more: " + value);
        }
    }
}
