package org.symbiose.engine.quantity;

import java.util.Objects;

/**
 * An amount with its unit: {@code Quantity.of(12.5, Unit.TONNE)}. Flows are amounts of matter or energy, so
 * the value is finite and never negative; a difference that may be negative is a plain {@code double} whose
 * name carries the unit.
 */
public record Quantity(double value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("A quantity must be finite and zero or more, was " + value + " " + unit);
        }
        if (value == 0) {
            value = 0; // -0.0 would print as "-0.0 t"
        }
    }

    public static Quantity of(double value, Unit unit) {
        return new Quantity(value, unit);
    }

    public Dimension dimension() {
        return unit.dimension();
    }

    /**
     * The same amount in another unit of the same dimension: 1500 kg to t gives 1.5 t.
     *
     * @throws IllegalArgumentException if the target unit measures something else (t to m3 needs a density)
     */
    public Quantity to(Unit target) {
        if (target == unit) {
            return this;
        }
        requireSameDimension(target, "convert");
        return new Quantity(value * unit.factorToReference() / target.factorToReference(), target);
    }

    /** The same amount in the reference unit of its dimension (t, m3, MWh...). */
    public Quantity toReferenceUnit() {
        return to(unit.dimension().referenceUnit());
    }

    /**
     * The sum, in this quantity's unit: 2 t plus 500 kg gives 2.5 t.
     *
     * @throws IllegalArgumentException if the other quantity measures something else
     */
    public Quantity plus(Quantity other) {
        requireSameDimension(other.unit, "add");
        return new Quantity(value + other.to(unit).value, unit);
    }

    /** This quantity multiplied by a factor of zero or more, in the same unit. */
    public Quantity times(double factor) {
        return new Quantity(value * factor, unit);
    }

    public boolean isZero() {
        return value == 0;
    }

    @Override
    public String toString() {
        return value + " " + unit.symbol();
    }

    private void requireSameDimension(Unit other, String operation) {
        if (other.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("Cannot " + operation + " " + this + " (" + unit.dimension() + ") and "
                    + other.symbol() + " (" + other.dimension() + "): different dimensions");
        }
    }
}
