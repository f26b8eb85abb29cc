package org.symbiose.engine.matching.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.engine.matching.ActorFacts;
import org.symbiose.engine.matching.FlowFacts;
import org.symbiose.engine.matching.LawRules;
import org.symbiose.engine.matching.Lookup;
import org.symbiose.engine.matching.PairGate;
import org.symbiose.engine.matching.Receiver;
import org.symbiose.engine.matching.Territory;

/**
 * Receivers indexed by family and by activity, each index a spatial grid: a supply meets only the
 * receivers under its lookups' keys and near it, never the whole territory.
 */
public final class ReceiverIndex {

    /**
     * By target and key: declared needs of a family (tagged with the number of their quantity's class
     * in {@link #quantityClasses}), declared needs below a family (tagged alike), actors of an activity,
     * actors whose activity consumes a family.
     */
    private final Map<Lookup.Target, Map<String, IndexedReceivers>> byTarget = new EnumMap<>(Lookup.Target.class);

    private final List<QuantityClass> quantityClasses = new ArrayList<>();
    private final Map<QuantityClass, Integer> quantityClassNumbers = new HashMap<>();
    /** By actor index: its declared needs, one receiver per family each was read as. */
    private final Receiver[][] declaredByActor;
    /** By actor index: the number of its activity (NAF code) for {@link Variety}, -1 when it has none. */
    private final int[] activityOfActor;

    private final int activityCount;

    /** By actor index: whether it keeps farmed animals or makes feed ({@link LawRules#feedsAnimals}). */
    private final boolean[] feedsAnimals;

    /** By actor index: whether it collects or treats non-hazardous waste only ({@link PairGate#takesNonHazardousOnly}). */
    private final boolean[] takesNonHazardousOnly;

    /** By actor index: the trades of its class its activity names ({@link ActorFacts#trades}). */
    private final long[] trades;

    /** By actor index: the actor as a receiver found through its activity. */
    private final List<Receiver> byActivity = new ArrayList<>();

    public ReceiverIndex(Territory territory, Taxonomy taxonomy) {
        activityOfActor = Variety.activityNumbers(territory);
        activityCount = Arrays.stream(activityOfActor).max().orElse(-1) + 1;
        feedsAnimals = new boolean[territory.actors.size()];
        takesNonHazardousOnly = new boolean[territory.actors.size()];
        trades = new long[territory.actors.size()];
        for (ActorFacts actor : territory.actors) {
            trades[actor.index()] = actor.trades();
            feedsAnimals[actor.index()] = LawRules.feedsAnimals(actor);
            takesNonHazardousOnly[actor.index()] = PairGate.takesNonHazardousOnly(actor);
        }
        for (ActorFacts actor : territory.actors) {
            byActivity.add(Receiver.byActivity(actor));
        }
        // The grids of actors are filled on other cores while this one files the declared needs.
        var ofActivity = CompletableFuture.supplyAsync(() -> actorGrids(territory, ActorFacts::nafPrefixes));
        var consuming = CompletableFuture.supplyAsync(
                () -> actorGrids(territory, actor -> actor.profile().consumes()));
        Map<String, GeoGrid<Receiver>> needsOfFamily = new HashMap<>();
        Map<String, GeoGrid<Receiver>> needsBelowFamily = new HashMap<>();
        List<List<Receiver>> declared = new ArrayList<>();
        for (int a = 0; a < territory.actors.size(); a++) {
            declared.add(new ArrayList<>(0));
        }
        for (FlowFacts need : territory.demands) {
            for (Classification family : need.families()) {
                var receiver = Receiver.declared(need, family, taxonomy);
                declared.get(need.actor().index()).add(receiver);
                int quantity = quantityClassNumbers.computeIfAbsent(QuantityClass.of(need), q -> {
                    quantityClasses.add(q);
                    return quantityClasses.size() - 1;
                });
                add(needsOfFamily, family.family(), quantity, receiver);
                for (String ancestor : taxonomy.ancestorsOrSelf(family.family())) {
                    if (!ancestor.equals(family.family())) {
                        add(needsBelowFamily, ancestor, quantity, receiver);
                    }
                }
            }
        }
        declaredByActor = new Receiver[territory.actors.size()][];
        for (int a = 0; a < declaredByActor.length; a++) {
            declaredByActor[a] = declared.get(a).toArray(new Receiver[0]);
        }
        Map<Lookup.Target, Map<String, GeoGrid<Receiver>>> grids = new EnumMap<>(Lookup.Target.class);
        grids.put(Lookup.Target.NEED_OF_FAMILY, needsOfFamily);
        grids.put(Lookup.Target.NEED_BELOW_FAMILY, needsBelowFamily);
        grids.put(Lookup.Target.ACTOR_OF_ACTIVITY, ofActivity.join());
        grids.put(Lookup.Target.ACTOR_CONSUMING, consuming.join());
        // Grids are frozen (sorted into cells) independently, on every core, the largest first so that
        // no core is left with a large one at the end.
        record Keyed(Lookup.Target target, String key, GeoGrid<Receiver> grid) {}
        List<Keyed> all = new ArrayList<>();
        grids.forEach((target, byKey) -> byKey.forEach((key, grid) -> all.add(new Keyed(target, key, grid))));
        all.sort(Comparator.comparingInt((Keyed k) -> -k.grid().size()));
        List<IndexedReceivers> indexed = all.parallelStream()
                .map(k -> new IndexedReceivers(k.grid(), activityOfActor))
                .toList();
        for (Lookup.Target target : Lookup.Target.values()) {
            byTarget.put(target, new HashMap<>());
        }
        for (int k = 0; k < all.size(); k++) {
            byTarget.get(all.get(k).target()).put(all.get(k).key(), indexed.get(k));
        }
    }

    /** Every actor filed under each of the keys {@code keys} gives it, in a grid per key. */
    private Map<String, GeoGrid<Receiver>> actorGrids(
            Territory territory, Function<ActorFacts, Collection<String>> keys) {
        Map<String, GeoGrid<Receiver>> grids = new HashMap<>();
        for (ActorFacts actor : territory.actors) {
            var receiver = byActivity.get(actor.index());
            for (String key : keys.apply(actor)) {
                add(grids, key, 0, receiver);
            }
        }
        return grids;
    }

    private static void add(Map<String, GeoGrid<Receiver>> index, String key, int tag, Receiver receiver) {
        index.computeIfAbsent(key, k -> new GeoGrid<>())
                .add(receiver.actor().lat(), receiver.actor().lon(), receiver, tag);
    }

    /** The number of the actor's activity (NAF code), -1 when it has none; numbers run below {@link #activityCount}. */
    int activityOf(int actor) {
        return activityOfActor[actor];
    }

    /** By actor index: the number of its activity (see {@link Variety#activityNumbers}). */
    int[] activities() {
        return activityOfActor;
    }

    int activityCount() {
        return activityCount;
    }

    /** The actor's declared needs, one receiver per family each was read as. */
    Receiver[] declaredOf(ActorFacts actor) {
        return declaredByActor[actor.index()];
    }

    /** The actor as a receiver found through its activity. */
    Receiver byActivity(ActorFacts actor) {
        return byActivity.get(actor.index());
    }

    /**
     * The receivers under the lookup's key, null when there are none; declared needs are tagged with the
     * number of their {@link #quantityClasses() quantity class}.
     */
    public IndexedReceivers receivers(Lookup lookup) {
        Object[] cache = bySerial;
        int serial = lookup.serial();
        Object found = serial < cache.length ? cache[serial] : null;
        if (found == null) {
            found = byTarget.get(lookup.target()).get(lookup.key());
            if (found == null) {
                found = NONE;
            }
            synchronized (this) {
                Object[] current = bySerial;
                if (serial >= current.length) {
                    current = Arrays.copyOf(current, Math.max(serial + 1, 2 * current.length));
                }
                current[serial] = found;
                bySerial = current;
            }
        }
        return found == NONE ? null : (IndexedReceivers) found;
    }

    /**
     * By {@link Lookup#serial}: the lookup's receivers, {@link #NONE}, or null when not yet asked; every
     * supply asks for the same few thousand lookups, and a slot is cheaper than a map keyed by strings.
     * Slots written outside the lock may be lost to a copy; they are only filled again.
     */
    private volatile Object[] bySerial = new Object[0];

    private static final Object NONE = new Object();

    /** The orders of magnitude of the declared needs' quantities, numbered as the grids' tags. */
    List<QuantityClass> quantityClasses() {
        return quantityClasses;
    }

    /** Whether the actor of this index keeps farmed animals or makes feed. */
    boolean feedsAnimals(int actor) {
        return feedsAnimals[actor];
    }

    /** Whether the actor of this index collects or treats non-hazardous waste only. */
    boolean takesNonHazardousOnly(int actor) {
        return takesNonHazardousOnly[actor];
    }

    /** The trades of its class the activity of the actor of this index names. */
    long trades(int actor) {
        return trades[actor];
    }
}
