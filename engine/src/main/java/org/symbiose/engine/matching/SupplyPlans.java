package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a supply's reading calls for: for each of its families (by position), the lookups that have
 * receivers, with them; and the reach of all its lookups. Lookups depend on the families, the waste
 * code and the overall limit only (see {@link Compatibility#lookups}): a plan is worked out once for
 * each, and found again for each flow of the same reading by the reading's number.
 */
final class SupplyPlans {

    record Plan(List<Step> steps, Reach reach) {}

    /** One lookup of a plan, with its receivers and those whose activity its pathway names (null: all). */
    record Step(int family, Lookup lookup, IndexedReceivers receivers, BitSet agreeing) {}

    private final Compatibility compatibility;
    private final ReceiverIndex index;
    private final Double maxDistanceKm;
    /**
     * What the searches of one reading's supplies start from: its plan's steps with what depends on the
     * reading's confidences worked out once (see {@link LookupSearch.Start}).
     */
    record Reading(Plan plan, LookupSearch.Start[] starts) {}

    /**
     * By reading number ({@link FlowFacts#reading}); filled as they are first met, by any thread: a reading
     * worked out twice is worked out alike, and its fields are final.
     */
    private final Reading[] readings;

    private final Map<List<Object>, Plan> plans = new ConcurrentHashMap<>();

    /** The supply's reading, worked out on first use (looked up without locking once it is known). */
    Reading of(FlowFacts supply) {
        Reading reading = readings[supply.reading()];
        if (reading == null) {
            reading = reading(supply);
            readings[supply.reading()] = reading;
        }
        return reading;
    }

    private Reading reading(FlowFacts supply) {
        List<Object> key = new ArrayList<>();
        supply.families().forEach(family -> key.add(family.family()));
        key.add(supply.flow().ewc());
        Plan plan = plans.computeIfAbsent(key, k -> plan(supply));
        var starts = new LookupSearch.Start[plan.steps().size()];
        for (int i = 0; i < starts.length; i++) {
            Step step = plan.steps().get(i);
            starts[i] = new LookupSearch.Start(
                    supply.families().get(step.family()),
                    step.lookup(),
                    step.receivers(),
                    step.agreeing(),
                    compatibility.taxonomy());
        }
        return new Reading(plan, starts);
    }

    private Plan plan(FlowFacts supply) {
        List<Step> steps = new ArrayList<>();
        List<Lookup> lookups = new ArrayList<>();
        for (int f = 0; f < supply.families().size(); f++) {
            for (Lookup lookup : compatibility.lookups(supply, supply.families().get(f), maxDistanceKm)) {
                lookups.add(lookup);
                IndexedReceivers receivers = index.receivers(lookup);
                if (receivers != null) {
                    steps.add(new Step(f, lookup, receivers, receivers.agreeing(lookup)));
                }
            }
        }
        return new Plan(List.copyOf(steps), new Reach(lookups, compatibility.taxonomy()));
    }

    SupplyPlans(Compatibility compatibility, ReceiverIndex index, Double maxDistanceKm, int readingCount) {
        this.readings = new Reading[readingCount];
        this.compatibility = compatibility;
        this.index = index;
        this.maxDistanceKm = maxDistanceKm;
    }
}
