package org.symbiose.engine.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Receivers indexed by family and by activity, each index a spatial grid: a supply meets only the
 * receivers under its lookups' keys and near it, never the whole territory.
 */
final class ReceiverIndex {

    private final Map<String, GeoGrid<Receiver>> needsOfFamily = new HashMap<>();
    private final Map<String, GeoGrid<Receiver>> needsWithinFamily = new HashMap<>();
    private final Map<String, GeoGrid<Receiver>> actorsOfActivity = new HashMap<>();
    private final Map<String, GeoGrid<Receiver>> actorsConsuming = new HashMap<>();

    ReceiverIndex(Territory territory, Taxonomy taxonomy) {
        for (FlowFacts need : territory.demands) {
            for (Classification family : need.families()) {
                var receiver = new Receiver(need.actor(), need, family);
                add(needsOfFamily, family.family(), receiver);
                for (String ancestor : taxonomy.ancestorsOrSelf(family.family())) {
                    add(needsWithinFamily, ancestor, receiver);
                }
            }
        }
        for (ActorFacts actor : territory.actors) {
            var receiver = new Receiver(actor, null, null);
            actor.nafPrefixes().forEach(code -> add(actorsOfActivity, code, receiver));
            actor.profile().consumes().forEach(family -> add(actorsConsuming, family, receiver));
        }
    }

    private static void add(Map<String, GeoGrid<Receiver>> index, String key, Receiver receiver) {
        index.computeIfAbsent(key, k -> new GeoGrid<>())
                .add(receiver.actor().lat(), receiver.actor().lon(), receiver);
    }

    /** Receivers under the lookup's key whose cell may lie within its radius of the supply. */
    void visit(Lookup lookup, ActorFacts supplier, Consumer<Receiver> visitor) {
        Map<String, GeoGrid<Receiver>> index = switch (lookup.target()) {
            case NEED_OF_FAMILY -> needsOfFamily;
            case NEED_WITHIN_FAMILY -> needsWithinFamily;
            case ACTOR_OF_ACTIVITY -> actorsOfActivity;
            case ACTOR_CONSUMING -> actorsConsuming;
        };
        GeoGrid<Receiver> grid = index.get(lookup.key());
        if (grid != null) {
            grid.near(supplier.lat(), supplier.lon(), lookup.radiusKm(), visitor);
        }
    }
}
