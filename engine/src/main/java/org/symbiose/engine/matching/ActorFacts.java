package org.symbiose.engine.matching;

import java.util.List;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.knowledge.ActivityProfile;

/**
 * An actor as the engine uses it: its place, its NAF code (given or read from its activity) and
 * what its activity typically consumes.
 *
 * @param naf NAF code, null when neither given nor readable from the activity
 * @param nafPrefixes the code and its parents ("10.71C", "10.71", "10.7", "10")
 */
record ActorFacts(
        int index, Actor actor, double lat, double lon, String naf, List<String> nafPrefixes, ActivityProfile profile) {

    ActorFacts {
        nafPrefixes = List.copyOf(nafPrefixes);
    }

    String id() {
        return actor.id();
    }

    String name() {
        return actor.name();
    }

    /**
     * A cheap test that never says no to a pair within {@code km}: the equirectangular distance, which
     * errs by far less than the 2 % margin kept here at the scale of a region.
     */
    boolean roughlyWithin(ActorFacts other, double km) {
        double dLat = (other.lat - lat) * KM_PER_DEGREE;
        double dLon = (other.lon - lon) * KM_PER_DEGREE * Math.cos(Math.toRadians((lat + other.lat) / 2));
        double limit = km * 1.02 + 0.1;
        return dLat * dLat + dLon * dLon <= limit * limit;
    }

    private static final double KM_PER_DEGREE = 111.195;

    double distanceKm(ActorFacts other) {
        return GeoPoint.distanceKm(lat, lon, other.lat, other.lon);
    }
}
