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

    double distanceKm(ActorFacts other) {
        return GeoPoint.distanceKm(lat, lon, other.lat, other.lon);
    }
}
