package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Receivers indexed by family and by activity, each index a spatial grid: a supply meets only the
 * receivers under its lookups' keys and near it, never the whole territory.
 */
final class ReceiverIndex {

    /** Declared needs by family, each tagged with the number of its quantity's class in {@link #quantityClasses}. */
    private final Map<String, GeoGrid<Receiver>> needsOfFamily = new HashMap<>();

    private final Map<String, GeoGrid<Receiver>> needsBelowFamily = new HashMap<>();
    private final List<QuantityClass> quantityClasses = new ArrayList<>();
    private final Map<QuantityClass, Integer> quantityClassNumbers = new HashMap<>();
    private final Map<String, GeoGrid<Receiver>> actorsOfActivity = new HashMap<>();
    private final Map<String, GeoGrid<Receiver>> actorsConsuming = new HashMap<>();
    /** By actor index: the actor's declared needs, one receiver per family each was read as. */
    private final List<List<Receiver>> declaredByActor = new ArrayList<>();
    /** By actor index: the actor as a receiver found through its activity. */
    private final List<Receiver> byActivity = new ArrayList<>();

    ReceiverIndex(Territory territory, Taxonomy taxonomy) {
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
        for (var index : List.of(needsOfFamily, needsBelowFamily, actorsOfActivity, actorsConsuming)) {
            index.values().forEach(GeoGrid::freeze);
        }
    }

    private static void add(Map<String, GeoGrid<Receiver>> index, String key, int quantityClass, Receiver receiver) {
        index.computeIfAbsent(key, k -> new GeoGrid<>())
                .add(receiver.actor().lat(), receiver.actor().lon(), receiver, quantityClass);
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
     * The receivers under the lookup's key, null when there are none; declared needs are tagged with the
     * number of their {@link #quantityClasses() quantity class}.
     */
    GeoGrid<Receiver> grid(Lookup lookup) {
        Map<String, GeoGrid<Receiver>> index = switch (lookup.target()) {
            case NEED_OF_FAMILY -> needsOfFamily;
            case NEED_BELOW_FAMILY -> needsBelowFamily;
            case ACTOR_OF_ACTIVITY -> actorsOfActivity;
            case ACTOR_CONSUMING -> actorsConsuming;
        };
        return index.get(lookup.key());
    }

    /** The orders of magnitude of the declared needs' quantities, numbered as the grids' tags. */
    List<QuantityClass> quantityClasses() {
        return quantityClasses;
    }
}
