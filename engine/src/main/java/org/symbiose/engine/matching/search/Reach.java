package org.symbiose.engine.matching.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.engine.matching.ActorFacts;
import org.symbiose.engine.matching.Compatibility;
import org.symbiose.engine.matching.Lookup;
import org.symbiose.engine.matching.ShortCodes;
import org.symbiose.engine.matching.Via;

/**
 * Which receivers the supply's lookups reach, as radii by key: whether an actor's declared need or
 * its activity answers a lookup (the test of {@link Compatibility#answers}) asked of the actor.
 */
final class Reach {
    /** By family number: the largest radius of a lookup of declared needs of that family, else -1. */
    final double[] needOfFamilyRadius;
    /** By family number: the same for needs below the family. */
    final double[] needBelowFamilyRadius;

    boolean anyBelow;
    /**
     * Activities a pathway names (not profiles: those are the lowest precedence): their codes, the
     * same packed (see {@link ShortCodes}) and their largest radii.
     */
    final String[] activities;

    final long[] activityCodes;
    final double[] activityRadii;

    final Taxonomy taxonomy;

    Reach(List<Lookup> lookups, Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        needOfFamilyRadius = new double[taxonomy.size()];
        needBelowFamilyRadius = new double[taxonomy.size()];
        Arrays.fill(needOfFamilyRadius, -1);
        Arrays.fill(needBelowFamilyRadius, -1);
        Map<String, Double> activityRadius = new HashMap<>();
        for (Lookup lookup : lookups) {
            switch (lookup.target()) {
                case NEED_OF_FAMILY ->
                    needOfFamilyRadius[lookup.keyNumber()] =
                            Math.max(needOfFamilyRadius[lookup.keyNumber()], lookup.radiusKm());
                case NEED_BELOW_FAMILY -> {
                    needBelowFamilyRadius[lookup.keyNumber()] =
                            Math.max(needBelowFamilyRadius[lookup.keyNumber()], lookup.radiusKm());
                    anyBelow = true;
                }
                case ACTOR_OF_ACTIVITY -> {
                    if (lookup.via() instanceof Via.ByPathway) {
                        activityRadius.merge(lookup.key(), lookup.radiusKm(), Math::max);
                    }
                }
                // Profiles are looked up by family, always as an activity's habit (Via.ByActivity).
                case ACTOR_CONSUMING -> {}
            }
        }
        activities = activityRadius.keySet().toArray(new String[0]);
        activityCodes = new long[activities.length];
        activityRadii = new double[activities.length];
        for (int a = 0; a < activities.length; a++) {
            activityCodes[a] = ShortCodes.of(activities[a]);
            activityRadii[a] = activityRadius.get(activities[a]);
        }
    }

    /** Whether the actor's activity is one a pathway's lookup names, within that lookup's radius. */
    boolean byPathway(ActorFacts actor, double distanceKm) {
        long[] own = actor.nafCodes();
        for (int a = 0; a < activities.length; a++) {
            if (distanceKm <= activityRadii[a]) {
                boolean named = own != null && activityCodes[a] != ShortCodes.NONE
                        ? ShortCodes.contains(own, activityCodes[a])
                        : actor.nafPrefixes().contains(activities[a]);
                if (named) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean byNeed(int family, double distanceKm) {
        if (distanceKm <= needOfFamilyRadius[family]) {
            return true;
        }
        if (anyBelow) {
            for (int ancestor : taxonomy.ancestorsOrSelf(family)) {
                if (ancestor != family && distanceKm <= needBelowFamilyRadius[ancestor]) {
                    return true;
                }
            }
        }
        return false;
    }
}
