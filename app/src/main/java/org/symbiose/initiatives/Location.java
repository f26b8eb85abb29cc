package org.symbiose.initiatives;

import java.util.Objects;
import org.symbiose.engine.geo.GeoPoint;

/** Where the initiative is shown on the network map, and the commune it is attached to. */
public record Location(String communeInsee, GeoPoint point) {

    public Location {
        communeInsee = Texts.optional(communeInsee);
        Objects.requireNonNull(point, "point");
    }
}
