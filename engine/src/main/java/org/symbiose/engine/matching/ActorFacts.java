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
 * @param cosLat the cosine of the latitude, kept for distances
 * @param nafPrefixes the code and its parents ("10.71C", "10.71", "10.7", "10")
 * @param nafCodes the same packed by {@link ShortCodes}, null if one cannot be
 */
record ActorFacts(
        int index,
        Actor actor,
        double lat,
        double lon,
        double cosLat,
        String naf,
        List<String> nafPrefixes,
        long[] nafCodes,
        ActivityProfile profile) {

    ActorFacts {
        nafPrefixes = List.copyOf(nafPrefixes);
    }

    ActorFacts(
            int index,
            Actor actor,
            double lat,
            double lon,
            String naf,
            List<String> nafPrefixes,
            ActivityProfile profile) {
        this(
                index,
                actor,
                lat,
                lon,
                Math.cos(Math.toRadians(lat)),
                naf,
                nafPrefixes,
                ShortCodes.of(nafPrefixes),
                profile);
    }

    String id() {
        return actor.id();
    }

    String name() {
        return actor.name();
    }

    /**
     * The equirectangular distance: within 2 % (and 100 m) of the great-circle one at a region's scale,
     * see {@link #roughIsReliable}.
     */
    double roughDistanceKm(ActorFacts other) {
        double dLat = (other.lat - lat) * KM_PER_DEGREE;
        double dLon = (other.lon - lon) * KM_PER_DEGREE * Math.cos(Math.toRadians((lat + other.lat) / 2));
        return Math.sqrt(dLat * dLat + dLon * dLon);
    }

    /**
     * Whether a rough distance keeps within the margins of {@link #roughLimit} and {@link #roughFloor}:
     * up to a few hundred km (the error grows with the square of the distance); beyond, only the
     * great-circle distance is used.
     */
    static boolean roughIsReliable(double roughKm) {
        return roughKm <= 300;
    }

    /** The largest true distance a rough distance of {@code km} may stand for. */
    static double roughLimit(double km) {
        return km * 1.02 + 0.1;
    }

    /** The smallest true distance a rough distance of {@code km} may stand for. */
    static double roughFloor(double km) {
        return Math.max(0, (km - 0.1) / 1.02);
    }

    private static final double KM_PER_DEGREE = 111.195;

    double distanceKm(ActorFacts other) {
        return GeoPoint.distanceKm(lat, lon, cosLat, other.lat, other.lon, other.cosLat);
    }
}
