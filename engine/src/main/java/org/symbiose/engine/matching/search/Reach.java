package org.symbiose.engine.matching.search;

import java.util.ArrayList;
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

    /** By family number: the lookups of declared needs of that family, then those of needs below it. */
    private final Lookup[][] needOfFamilyLookups;

    private final Lookup[][] needBelowFamilyLookups;
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
        Map<Integer, List<Lookup>> ofFamily = new HashMap<>();
        Map<Integer, List<Lookup>> belowFamily = new HashMap<>();
        for (Lookup lookup : lookups) {
            if (lookup.declared()) {
                (lookup.target() == Lookup.Target.NEED_OF_FAMILY ? ofFamily : belowFamily)
                        .computeIfAbsent(lookup.keyNumber(), k -> new ArrayList<>())
                        .add(lookup);
            }
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
        needOfFamilyLookups = byNumber(ofFamily, taxonomy.size());
        needBelowFamilyLookups = byNumber(belowFamily, taxonomy.size());
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

    private static Lookup[][] byNumber(Map<Integer, List<Lookup>> byKey, int size) {
        var result = new Lookup[size][];
        byKey.forEach((key, list) -> result[key] = list.toArray(new Lookup[0]));
        return result;
    }

    /**
     * {@link #lawfulRoutes}: a lookup reaches it as the resource itself (directly, or through a pathway that names the
     * supply's family or a family on its branch).
     */
    static final int DIRECTLY = 1;
    /**
     * {@link #lawfulRoutes}: a pathway's lookup reaches it by a family off the supply's branch: the need asked for
     * what the pathway makes of the resource, its use (road sub-base material, for decarbonation sludge).
     */
    static final int THROUGH_PATHWAY = 2;

    /**
     * Whether a lookup of declared needs is a pathway's, by a family off the supply's branch: a need it reaches asked
     * for the use the pathway puts the resource to, not for the resource itself.
     */
    static boolean namesAUse(Lookup lookup, Taxonomy taxonomy) {
        int key = lookup.keyNumber();
        int supply = lookup.supplyFamilyNumber();
        return lookup.via() instanceof Via.ByPathway && !taxonomy.isA(key, supply) && !taxonomy.isA(supply, key);
    }

    /**
     * How lookups of declared needs reach a need of this family at this distance without a rule of law refusing
     * the supply of these {@link org.symbiose.engine.matching.LawRules traits} on them (to a receiver that feeds
     * animals when {@code feedsAnimals}): {@link #DIRECTLY}, {@link #THROUGH_PATHWAY}, both or neither (0).
     */
    int lawfulRoutes(int family, double distanceKm, int traits, boolean feedsAnimals) {
        int routes = lawful(needOfFamilyLookups[family], distanceKm, traits, feedsAnimals);
        if (anyBelow) {
            for (int ancestor : taxonomy.ancestorsOrSelf(family)) {
                if (ancestor != family) {
                    routes |= lawful(needBelowFamilyLookups[ancestor], distanceKm, traits, feedsAnimals);
                }
            }
        }
        return routes;
    }

    private int lawful(Lookup[] lookups, double distanceKm, int traits, boolean feedsAnimals) {
        int routes = 0;
        if (lookups != null) {
            for (Lookup lookup : lookups) {
                if (distanceKm <= lookup.radiusKm()
                        && (lookup.refusingTraits() & traits) == 0
                        && !(feedsAnimals && (lookup.refusingTraitsIfFeedingAnimals() & traits) != 0)) {
                    routes |= namesAUse(lookup, taxonomy) ? THROUGH_PATHWAY : DIRECTLY;
                }
            }
        }
        return routes;
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
