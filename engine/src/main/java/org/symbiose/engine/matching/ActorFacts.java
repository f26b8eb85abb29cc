package org.symbiose.engine.matching;

import java.util.List;
import org.symbiose.engine.classify.ActivityReading;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.knowledge.ActivityProfile;

/**
 * An actor as the engine uses it: its place, its NAF code (given or read from its activity) and
 * what its activity typically consumes.
 *
 * @param naf NAF code, null when neither given nor readable from the activity
 * @param x the place on the unit sphere (see {@link GeoPoint#unitVector}), kept for distances
 * @param nafPrefixes the code and its parents ("10.71C", "10.71", "10.7", "10")
 * @param nafCodes the same packed by {@link ShortCodes}, null if one cannot be
 * @param activity how {@code naf} was found: given, or read from the free-text activity (for the reasons)
 * @param uses the processes its needs name ({@link NeedUse}), whose codes {@code nafPrefixes} also holds, so
 *     that a pathway naming one finds the actor; empty for most actors
 * @param trades the trades of its class its activity's words name, as {@link Trades} bits; 0 for most actors
 */
public record ActorFacts(
        int index,
        Actor actor,
        double lat,
        double lon,
        double x,
        double y,
        double z,
        String naf,
        List<String> nafPrefixes,
        long[] nafCodes,
        ActivityProfile profile,
        ActivityReading activity,
        List<NeedUse> uses,
        long trades) {

    public ActorFacts {
        nafPrefixes = List.copyOf(nafPrefixes);
        uses = List.copyOf(uses);
    }

    static ActorFacts of(
            int index,
            Actor actor,
            double lat,
            double lon,
            String naf,
            List<String> nafPrefixes,
            ActivityProfile profile,
            ActivityReading activity,
            List<NeedUse> uses,
            long trades) {
        double[] v = GeoPoint.unitVector(lat, lon);
        return new ActorFacts(
                index,
                actor,
                lat,
                lon,
                v[0],
                v[1],
                v[2],
                naf,
                nafPrefixes,
                ShortCodes.of(nafPrefixes),
                profile,
                activity,
                uses,
                trades);
    }

    String id() {
        return actor.id();
    }

    String name() {
        return actor.name();
    }

    /** The great-circle distance to another actor, in km. */
    public double distanceKm(ActorFacts other) {
        return GeoPoint.distanceKmBetween(x, y, z, other.x, other.y, other.z);
    }
}
