package org.symbiose.engine.matching.search;

import org.symbiose.engine.matching.ActorFacts;
import org.symbiose.engine.matching.Compatibility;
import org.symbiose.engine.matching.Lookup;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.RunLookups;
import org.symbiose.engine.matching.Territory;

/** For benchmarks: the pairs a spatial join of family-compatible supplies and receivers would produce. */
public final class PairsWithinReach {

    private PairsWithinReach() {}

    /**
     * How many (supply, receiver) pairs answer one of the supply's lookups within its radius (a pair counted
     * once per lookup), enumerated through the indexes without scoring: what a spatial join of
     * family-compatible pairs produces, for benchmarks. {@link SubstitutionFinder#best} examines far fewer.
     */
    public static long count(
            Compatibility compatibility, Territory territory, ReceiverIndex index, MatchOptions options) {
        var lookups = new RunLookups(compatibility, options.maxDistanceKm());
        return territory.supplies.parallelStream()
                .mapToLong(supply -> {
                    long[] count = {0};
                    ActorFacts supplier = supply.actor();
                    for (var family : supply.families()) {
                        for (Lookup lookup : lookups.of(supply, family)) {
                            IndexedReceivers receivers = index.receivers(lookup);
                            if (receivers != null) {
                                receivers.grid.near(supplier.lat(), supplier.lon(), lookup.radiusKm(), receiver -> {
                                    if (supplier.distanceKm(receiver.actor()) <= lookup.radiusKm()) {
                                        count[0]++;
                                    }
                                });
                            }
                        }
                    }
                    return count[0];
                })
                .sum();
    }
}
