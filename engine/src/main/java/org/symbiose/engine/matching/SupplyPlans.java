package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.symbiose.engine.classify.Classification;

/**
 * What a supply's reading calls for: for each of its families (by position), the lookups that have
 * receivers, with them; and the reach of all its lookups. Lookups depend on the families, the waste
 * code and the overall limit only (see {@link Compatibility#lookups}): a plan is worked out once for
 * each, and found again for each flow of the same reading without building a key.
 */
final class SupplyPlans {

    record Plan(List<Step> steps, Reach reach) {}

    /** One lookup of a plan, with its receivers and those whose activity its pathway names (null: all). */
    record Step(int family, Lookup lookup, IndexedReceivers receivers, BitSet agreeing) {}

    /**
     * The same reading's flows share their list of families (see {@link Territory}): a key by that list's
     * identity, and the waste code, finds their plan without comparing strings.
     */
    private record ReadingKey(List<Classification> families, String ewc) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ReadingKey k && k.families == families && Objects.equals(k.ewc, ewc);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(families) * 31 + Objects.hashCode(ewc);
        }
    }

    private final Compatibility compatibility;
    private final ReceiverIndex index;
    private final Double maxDistanceKm;
    private final Map<ReadingKey, Plan> plansByReading = new ConcurrentHashMap<>();
    private final Map<List<Object>, Plan> plans = new ConcurrentHashMap<>();

    /** The supply's plan, worked out on first use for its reading. */
    Plan of(FlowFacts supply) {
        return plansByReading.computeIfAbsent(
                new ReadingKey(supply.families(), supply.flow().ewc()), reading -> {
                    List<Object> key = new ArrayList<>();
                    supply.families().forEach(family -> key.add(family.family()));
                    key.add(supply.flow().ewc());
                    return plans.computeIfAbsent(key, k -> {
                        List<Step> steps = new ArrayList<>();
                        List<Lookup> lookups = new ArrayList<>();
                        for (int f = 0; f < supply.families().size(); f++) {
                            for (Lookup lookup : compatibility.lookups(
                                    supply, supply.families().get(f), maxDistanceKm)) {
                                lookups.add(lookup);
                                IndexedReceivers receivers = index.receivers(lookup);
                                if (receivers != null) {
                                    steps.add(new Step(f, lookup, receivers, receivers.agreeing(lookup)));
                                }
                            }
                        }
                        return new Plan(List.copyOf(steps), new Reach(lookups, compatibility.taxonomy()));
                    });
                });
    }

    SupplyPlans(Compatibility compatibility, ReceiverIndex index, Double maxDistanceKm) {
        this.compatibility = compatibility;
        this.index = index;
        this.maxDistanceKm = maxDistanceKm;
    }
}
