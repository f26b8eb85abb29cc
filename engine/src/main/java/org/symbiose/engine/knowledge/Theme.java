package org.symbiose.engine.knowledge;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A mutualisation theme: several nearby companies with the same waste to collect or the same need.
 *
 * @param families families of the flows concerned: supplies for a collection, needs otherwise
 * @param minActors fewest distinct companies that make a group
 * @param radiusKm how far apart the companies of a group may be
 */
public record Theme(
        String id,
        String labelFr,
        String labelEn,
        Kind kind,
        Set<String> families,
        int minActors,
        double radiusKm,
        String source) {

    /** What the companies would share. */
    public enum Kind {
        COLLECTION,
        PURCHASE,
        EQUIPMENT,
        SERVICE
    }

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind of theme " + id);
        families = Collections.unmodifiableSet(new LinkedHashSet<>(families));
        if (minActors < 2) {
            throw new IllegalArgumentException("theme " + id + " needs at least 2 actors");
        }
        if (!(radiusKm > 0)) {
            throw new IllegalArgumentException("radius of theme " + id + " must be positive");
        }
    }

    /** Collections gather supplies; purchases, equipment and services gather needs. */
    public boolean gathersSupplies() {
        return kind == Kind.COLLECTION;
    }
}
