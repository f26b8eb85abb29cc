package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Receivers indexed by family and by activity, each index a spatial grid: a supply meets only the
 * receivers under its lookups' keys and near it, never the whole territory.
 */
final class ReceiverIndex {

    /** Declared needs by family, then by order of magnitude of their quantity. */
    private final Map<String, Map<QuantityClass, GeoGrid<Receiver>>> needsOfFamily = new HashMap<>();

    private final Map<String, Map<QuantityClass, GeoGrid<Receiver>>> needsBelowFamily = new HashMap<>();
    private final Map<String, GeoGrid<Receiver>> actorsOfActivity = new HashMap<>();
    private final Map<String, GeoGrid<Receiver>> actorsConsuming = new HashMap<>();
    /** By actor index: the actor's declared needs, one receiver per family each was read as. */
    private final List<List<Receiver>> declaredByActor = new ArrayList<>();
    /** By actor index: the actor as a receiver found through its activity. */
    private final List<Receiver> byActivity = new ArrayList<>();

    ReceiverIndex(Territory territory, Taxonomy taxonomy) {
        for (ActorFacts actor : territory.actors) {
            declaredByActor.add(new ArrayList<>(0));
            byActivity.add(new Receiver(actor, null, null));
        }
        for (FlowFacts need : territory.demands) {
            for (Classification family : need.families()) {
                var receiver = new Receiver(need.actor(), need, family);
                declaredByActor.get(need.actor().index()).add(receiver);
                var quantity = QuantityClass.of(need);
                add(needsOfFamily, family.family(), quantity, receiver);
                for (String ancestor : taxonomy.ancestorsOrSelf(family.family())) {
                    if (!ancestor.equals(family.family())) {
                        add(needsBelowFamily, ancestor, quantity, receiver);
                    }
                }
            }
        }
        for (ActorFacts actor : territory.actors) {
            var receiver = byActivity.get(actor.index());
            actor.nafPrefixes().forEach(code -> add(actorsOfActivity, code, receiver));
            actor.profile().consumes().forEach(family -> add(actorsConsuming, family, receiver));
        }
        for (var index : List.of(needsOfFamily, needsBelowFamily)) {
            index.values().forEach(byQuantity -> byQuantity.values().forEach(GeoGrid::freeze));
        }
        for (var index : List.of(actorsOfActivity, actorsConsuming)) {
            index.values().forEach(GeoGrid::freeze);
        }
    }

    private static void add(
            Map<String, Map<QuantityClass, GeoGrid<Receiver>>> index,
            String key,
            QuantityClass quantity,
            Receiver receiver) {
        index.computeIfAbsent(key, k -> new LinkedHashMap<>())
                .computeIfAbsent(quantity, q -> new GeoGrid<>())
                .add(receiver.actor().lat(), receiver.actor().lon(), receiver);
    }

    private static void add(Map<String, GeoGrid<Receiver>> index, String key, Receiver receiver) {
        index.computeIfAbsent(key, k -> new GeoGrid<>())
                .add(receiver.actor().lat(), receiver.actor().lon(), receiver);
    }

    /** The actor's declared needs, one receiver per family each was read as. */
    List<Receiver> declaredBy(ActorFacts actor) {
        return declaredByActor.get(actor.index());
    }

    /** The actor as a receiver found through its activity. */
    Receiver byActivity(ActorFacts actor) {
        return byActivity.get(actor.index());
    }

    /**
     * The grids of receivers under the lookup's key: for declared needs, one per order of magnitude of
     * their quantity (in no particular order); for actors, one grid with a null class.
     */
    void forEachGrid(Lookup lookup, BiConsumer<QuantityClass, GeoGrid<Receiver>> visitor) {
        switch (lookup.target()) {
            case NEED_OF_FAMILY, NEED_BELOW_FAMILY -> {
                var byQuantity = (lookup.target() == Lookup.Target.NEED_OF_FAMILY ? needsOfFamily : needsBelowFamily)
                        .get(lookup.key());
                if (byQuantity != null) {
                    byQuantity.forEach(visitor);
                }
            }
            case ACTOR_OF_ACTIVITY, ACTOR_CONSUMING -> {
                var grid = (lookup.target() == Lookup.Target.ACTOR_OF_ACTIVITY ? actorsOfActivity : actorsConsuming)
                        .get(lookup.key());
                if (grid != null) {
                    visitor.accept(null, grid);
                }
            }
        }
    }
}
