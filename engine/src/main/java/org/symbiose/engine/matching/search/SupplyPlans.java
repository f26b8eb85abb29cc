package org.symbiose.engine.matching.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.matching.Compatibility;
import org.symbiose.engine.matching.FlowFacts;
import org.symbiose.engine.matching.Lookup;
import org.symbiose.engine.matching.RunLookups;

/**
 * What a supply's reading calls for: for each of its families (by position), the lookups that have
 * receivers, with them; and the reach of all its lookups. Lookups depend on the families, the waste
 * code and the run's overall limit only (see {@link RunLookups}): a plan is worked out once for each, and found again for each flow of the same reading by the reading's number.
 */
final class SupplyPlans {

    record Plan(List<Step> steps, Reach reach) {}

    /**
     * One lookup of a plan, with its receivers, those whose activity its pathway names or is unknown
     * (null: all) and those whose activity its pathway names (null: it names none).
     */
    record Step(int family, Lookup lookup, IndexedReceivers receivers, BitSet agreeing, BitSet corroborating) {}

    private final Compatibility compatibility;
    private final RunLookups runLookups;
    private final ReceiverIndex index;
    /**
     * What the searches of one reading's supplies start from: its plan's steps with what depends on the
     * families' confidences worked out (see {@link LookupSearch.Start}).
     */
    record Reading(Plan plan, LookupSearch.Start[] starts) {}

    /**
     * By reading number ({@link FlowFacts#reading}); filled as they are first met, by any thread: a reading
     * worked out twice is worked out alike, and its fields are final.
     */
    private final Reading[] readings;

    /** Plans by their families' names and waste code. */
    private final Map<List<Object>, Plan> plans = new ConcurrentHashMap<>();

    /**
     * Readings by their families' names and confidences and waste code: many wordings of a territory
     * read alike, and share their searches' starts.
     */
    private final Map<List<Object>, Reading> alike = new ConcurrentHashMap<>();

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
        for (Classification family : supply.families()) {
            key.add(family.family());
            key.add(family.confidence());
            key.add(Compatibility.readFromCodeAlone(family, supply.flow().ewc()));
        }
        key.add(supply.flow().ewc());
        Reading known = alike.get(key);
        if (known != null) {
            return known;
        }
        List<Object> planKey = new ArrayList<>();
        supply.families().forEach(family -> {
            planKey.add(family.family());
            // Which pathways listing the code take the supply depends on it (Compatibility.codeCarries).
            planKey.add(Compatibility.readFromCodeAlone(family, supply.flow().ewc()));
        });
        planKey.add(supply.flow().ewc());
        // Worked out outside the maps' locks: a plan or reading worked out twice at once is the same.
        Plan plan = plans.get(planKey);
        if (plan == null) {
            plan = plan(supply);
            Plan first = plans.putIfAbsent(planKey, plan);
            plan = first != null ? first : plan;
        }
        var starts = new LookupSearch.Start[plan.steps().size()];
        for (int i = 0; i < starts.length; i++) {
            Step step = plan.steps().get(i);
            starts[i] = new LookupSearch.Start(
                    step.family(),
                    supply.families().get(step.family()),
                    step.lookup(),
                    step.receivers(),
                    step.agreeing(),
                    step.corroborating(),
                    compatibility.taxonomy());
        }
        Reading reading = new Reading(plan, starts);
        Reading first = alike.putIfAbsent(key, reading);
        return first != null ? first : reading;
    }

    private Plan plan(FlowFacts supply) {
        List<Step> steps = new ArrayList<>();
        List<Lookup> lookups = new ArrayList<>();
        for (int f = 0; f < supply.families().size(); f++) {
            for (Lookup lookup : runLookups.of(supply, supply.families().get(f))) {
                lookups.add(lookup);
                IndexedReceivers receivers = index.receivers(lookup);
                if (receivers != null) {
                    steps.add(new Step(
                            f, lookup, receivers, receivers.agreeing(lookup), receivers.corroborating(lookup)));
                }
            }
        }
        return new Plan(List.copyOf(steps), new Reach(lookups, compatibility.taxonomy()));
    }

    SupplyPlans(RunLookups lookups, ReceiverIndex index, int readingCount) {
        this.readings = new Reading[readingCount];
        this.runLookups = lookups;
        this.compatibility = lookups.compatibility();
        this.index = index;
    }
}
