package org.symbiose.engine.quantity;

import java.util.Locale;

/**
 * What a quantity measures. Quantities convert only within one dimension, through its reference unit: tonnes
 * of waste never silently become cubic metres, as that needs a density, which is a property of the material.
 */
public enum Dimension {
    MASS,
    VOLUME,
    ENERGY,
    COUNT,
    AREA,
    TIME,
    MONEY;

    /** The unit every other unit of this dimension is expressed in: t, m3, MWh, unit, m2, h, EUR. */
    public Unit referenceUnit() {
        return switch (this) {
            case MASS -> Unit.TONNE;
            case VOLUME -> Unit.CUBIC_METRE;
            case ENERGY -> Unit.MEGAWATT_HOUR;
            case COUNT -> Unit.UNIT;
            case AREA -> Unit.SQUARE_METRE;
            case TIME -> Unit.HOUR;
            case MONEY -> Unit.EURO;
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
