package org.symbiose.engine.nomenclature;

import java.util.Objects;

/**
 * A greenhouse-gas emission factor of ADEME's Base Carbone® (version 23.6), in kg CO2 equivalent.
 *
 * @param key the project's stable identifier, snake_case English: "truck_articulated_34_40t_diesel"
 * @param value the factor exactly as Base Carbone publishes it, in {@code unit}
 * @param unit Base Carbone's French unit text: "kgCO2e/tonne de déchets", "kgCO2e/Kg"
 * @param valueStd the same factor in {@code unitStd}: only the paper factor is converted (per kg to per t)
 * @param unitStd a normalised unit: kgCO2e/t, kgCO2e/t.km, kgCO2e/kWh, kgCO2e/kWh_LHV (lower heating value),
 *     kgCO2e/kWh_HHV (higher heating value), kgCO2e/m3 or kgCO2e/L
 * @param labelEn Base Carbone's English name, sometimes shorter than the French one in the source
 * @param role for waste treatment only, what the value counts; null for other categories
 * @param sourceId Base Carbone's element identifier, to be quoted with the value
 * @param uncertaintyPct Base Carbone's uncertainty, in percent; null when not given
 */
public record EmissionFactor(
        String key,
        Category category,
        double value,
        String unit,
        double valueStd,
        String unitStd,
        String labelFr,
        String labelEn,
        Role role,
        String sourceName,
        String sourceId,
        Double uncertaintyPct) {

    /** What the factor applies to. */
    public enum Category {
        TRANSPORT_ROAD,
        TRANSPORT_RAIL,
        TRANSPORT_INLAND_WATERWAY,
        WASTE_TREATMENT,
        MATERIAL_PRODUCTION,
        ENERGY,
        WATER
    }

    /**
     * Base Carbone reports a waste treatment's own emissions and the credit of its material or energy
     * recovery separately; the net effect is their sum. Do not add the credit on top of a separate
     * "avoided virgin production" calculation for the same flow, or the benefit is counted twice.
     */
    public enum Role {
        /** Emissions of the treatment itself, positive. */
        TREATMENT_IMPACTS,
        /** Credit for recovered material or energy, negative. */
        AVOIDED_EMISSIONS
    }

    public EmissionFactor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitStd, "unitStd");
        if (!Double.isFinite(value) || !Double.isFinite(valueStd)) {
            throw new IllegalArgumentException("Emission factor " + key + " must be finite");
        }
        if ((role != null) != (category == Category.WASTE_TREATMENT)) {
            throw new IllegalArgumentException("Only waste treatment factors have a role: " + key);
        }
    }

    /** The attribution Base Carbone's terms ask for: « Base Carbone® – ADEME, version 23.6 », and the element. */
    public String citation() {
        return "Base Carbone® – ADEME, version 23.6, element " + sourceId;
    }
}
