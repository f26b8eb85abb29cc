package org.symbiose.engine.quantity;

import java.util.Locale;
import java.util.Objects;

/**
 * A flow rate as declared by a company: "3 t per month", "200 pallets per week". Compared across companies
 * through {@link #perYear()}.
 */
public record QuantityPerPeriod(Quantity quantity, Period period) {

    public QuantityPerPeriod {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(period, "period");
    }

    public static QuantityPerPeriod of(double value, Unit unit, Period period) {
        return new QuantityPerPeriod(Quantity.of(value, unit), period);
    }

    /** A yearly amount, the default period. */
    public static QuantityPerPeriod perYear(double value, Unit unit) {
        return of(value, unit, Period.YEAR);
    }

    /**
     * The amount over a year, in the declared unit: 3 t per month gives 36 t. A one-off lot ({@link
     * Period#ONCE}) counts in full for the year it happens.
     */
    public Quantity perYear() {
        return quantity.times(period.perYearFactor());
    }

    @Override
    public String toString() {
        return quantity + "/" + period.name().toLowerCase(Locale.ROOT);
    }
}
