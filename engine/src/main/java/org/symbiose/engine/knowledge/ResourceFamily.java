package org.symbiose.engine.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A family of the resource taxonomy ("palettes bois", "laitier de haut fourneau", "chaleur 60-120 °C").
 *
 * @param parentId null for a root
 * @param synonymsFr how people write it in French, for classification
 * @param maxDistanceKm typical maximum transport distance in km; null to inherit the parent's
 * @param conditions the temperature or pressure band a family of heat or steam stands for
 */
public record ResourceFamily(
        String id,
        String parentId,
        ResourceKind kind,
        String labelFr,
        String labelEn,
        List<String> synonymsFr,
        List<String> synonymsEn,
        Double maxDistanceKm,
        Band conditions) {

    /**
     * A band of temperature (°C) or pressure (bar), bounds null when open: heat of 60 to 120 °C, steam of
     * 5 to 20 bar.
     */
    public record Band(Double minTemperatureC, Double maxTemperatureC, Double minPressureBar, Double maxPressureBar) {

        public static final Band NONE = new Band(null, null, null, null);

        public boolean isTemperature() {
            return minTemperatureC != null || maxTemperatureC != null;
        }

        public boolean isPressure() {
            return minPressureBar != null || maxPressureBar != null;
        }

        public boolean containsTemperature(double t) {
            return isTemperature()
                    && (minTemperatureC == null || t >= minTemperatureC)
                    && (maxTemperatureC == null || t < maxTemperatureC);
        }

        public boolean containsPressure(double bar) {
            return isPressure()
                    && (minPressureBar == null || bar >= minPressureBar)
                    && (maxPressureBar == null || bar < maxPressureBar);
        }
    }

    public ResourceFamily {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind of " + id);
        Objects.requireNonNull(labelFr, "label_fr of " + id);
        Objects.requireNonNull(labelEn, "label_en of " + id);
        synonymsFr = List.copyOf(synonymsFr);
        synonymsEn = List.copyOf(synonymsEn);
        conditions = conditions == null ? Band.NONE : conditions;
        if (maxDistanceKm != null && !(maxDistanceKm > 0)) {
            throw new IllegalArgumentException("max_distance_km of " + id + " must be positive");
        }
    }
}
