package org.symbiose.engine.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A family of the resource taxonomy ("palettes bois", "laitier de haut fourneau", "chaleur 60-120 °C").
 *
 * @param parentId null for a root
 * @param synonymsFr how people write it in French, for classification
 * @param maxDistanceKm typical maximum transport distance in km; null to inherit the parent's
 */
public record ResourceFamily(
        String id,
        String parentId,
        ResourceKind kind,
        String labelFr,
        String labelEn,
        List<String> synonymsFr,
        List<String> synonymsEn,
        Double maxDistanceKm) {

    public ResourceFamily {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind of " + id);
        Objects.requireNonNull(labelFr, "label_fr of " + id);
        Objects.requireNonNull(labelEn, "label_en of " + id);
        synonymsFr = List.copyOf(synonymsFr);
        synonymsEn = List.copyOf(synonymsEn);
        if (maxDistanceKm != null && !(maxDistanceKm > 0)) {
            throw new IllegalArgumentException("max_distance_km of " + id + " must be positive");
        }
    }
}
