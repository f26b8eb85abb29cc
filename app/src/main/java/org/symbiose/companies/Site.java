package org.symbiose.companies;

import java.util.Objects;
import org.symbiose.engine.geo.GeoPoint;

/**
 * A geolocated site of a company.
 *
 * @param communeInsee INSEE code of the commune, null when only coordinates are known
 * @param point null when only the commune is known (the map then uses its centroid)
 */
public record Site(String name, String communeInsee, GeoPoint point) {

    public Site {
        Objects.requireNonNull(name, "site name");
        if (communeInsee == null && point == null) {
            throw new IllegalArgumentException("a site needs a commune or coordinates");
        }
    }
}
