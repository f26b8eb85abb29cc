package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Receivers indexed by family and by activity, each index a spatial grid: a supply meets only the
 * receivers under its lookups' keys and near it, never the whole territory.
 */
final class ReceiverIndex {

    /**
     * By target and key: declared needs of a family (tagged with the number of their quantity's class
     * in {@link #quantityClasses}), declared needs below a family (tagged alike), actors of an activity,
     * actors whose activity consumes a family.
     */
    private final Map<Lookup.Target, Map<String, IndexedReceivers>> byTarget = new EnumMap<>(Lookup.Target.class);

    private final List<QuantityClass> quantityClasses = new ArrayList<>();
    private final Map<QuantityClass, Integer> quantityClassNumbers = new HashMap<>();
    /** By actor index: the family numbers of its declared needs. */
    private final int[][] needFamiliesByActor;
    /** By actor index: the actor as a receiver found through its activity. */
    private final List<Receiver> byActivity = new ArrayList<>();

    ReceiverIndex(Territory territory, Taxonomy taxonomy) {
        Map<Lookup.Target, Map<String, GeoGrid<Receiver>>> grids = new EnumMap<>(Lookup.Target.class);
        for (Lookup.Target target : Lookup.Target.values()) {
            grids.put(target, new HashMap<>());
        }
        List<List<Receiver>> declaredByActor = new ArrayList<>();
        for (ActorFacts actor : territory.actors) {
            declaredByActor.add(new ArrayList<>(0));
            byActivity.add(Receiver.byActivity(actor));
        }
        for (FlowFacts need : territory.demands) {
            for (Classification family : need.families()) {
                var receiver = Receiver.declared(need, family, taxonomy);
                declaredByActor.get(need.actor().index()).add(receiver);
                int quantity = quantityClassNumbers.computeIfAbsent(QuantityClass.of(need), q -> {
                    quantityClasses.add(q);
                    return quantityClasses.size() - 1;
                });
                add(grids.get(Lookup.Target.NEED_OF_FAMILY), family.family(), quantity, receiver);
                for (String ancestor : taxonomy.ancestorsOrSelf(family.family())) {
                    if (!ancestor.equals(family.family())) {
                        add(grids.get(Lookup.Target.NEED_BELOW_FAMILY), ancestor, quantity, receiver);
                    }
                }
            }
        }
        for (ActorFacts actor : territory.actors) {
            var receiver = byActivity.get(actor.index());
            actor.nafPrefixes().forEach(code -> add(grids.get(Lookup.Target.ACTOR_OF_ACTIVITY), code, 0, receiver));
            actor.profile()
                    .consumes()
                    .forEach(family -> add(grids.get(Lookup.Target.ACTOR_CONSUMING), family, 0, receiver));
        }
        // Grids are frozen (sorted into cells) independently: on every core.
        needFamiliesByActor = new int[territory.actors.size()][];
        for (int a = 0; a < needFamiliesByActor.length; a++) {
            needFamiliesByActor[a] = declaredByActor.get(a).stream()
                    .mapToInt(Receiver::needFamilyNumber)
                    .toArray();
        }
        grids.forEach((target, byKey) -> byTarget.put(
                target,
                byKey.entrySet().parallelStream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> new IndexedReceivers(e.getValue())))));
    }

    private static void add(Map<String, GeoGrid<Receiver>> index, String key, int tag, Receiver receiver) {
        index.computeIfAbsent(key, k -> new GeoGrid<>())
                .add(receiver.actor().lat(), receiver.actor().lon(), receiver, tag);
    }

    /** The family numbers of the actor's declared needs, one per family each was read as. */
    int[] needFamiliesOf(ActorFacts actor) {
        return needFamiliesByActor[actor.index()];
    }

    /** The actor as a receiver found through its activity. */
    Receiver byActivity(ActorFacts actor) {
        return byActivity.get(actor.index());
    }

    /**
     * The receivers under the lookup's key, null when there are none; declared needs are tagged with the
     * number of their {@link #quantityClasses() quantity class}.
     */
    IndexedReceivers receivers(Lookup lookup) {
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
}
