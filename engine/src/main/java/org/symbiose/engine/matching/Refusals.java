package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The refusals of one run, counted by rule with the first example in the dataset's order; filled by
 * any thread. Cheap at a million flows: a count and a compare per refusal, no list of pairs; the counts are
 * {@link LongAdder}s, which two threads refusing at once do not make wait on each other. The rules of
 * law come first, then the pair gates that refuse a whole way of use ({@link PairGate#COUNTED}).
 */
public final class Refusals {

    private record Example(int supplyIndex, String supplyFlow, String way) {}

    private static final int RULES = LawRules.ALL.size() + PairGate.COUNTED.size();

    private final LongAdder[] counts = new LongAdder[RULES];

    @SuppressWarnings("unchecked")
    private final AtomicReference<Example>[] examples = new AtomicReference[RULES];

    public Refusals() {
        for (int r = 0; r < counts.length; r++) {
            counts[r] = new LongAdder();
            examples[r] = new AtomicReference<>();
        }
    }

    /** Counts a refusal of {@code rule} to a supply on a way of use. */
    public void record(LawRule rule, FlowFacts supply, Via via) {
        record(LawRules.ALL.indexOf(rule), supply, via);
    }

    /** Counts a refusal of a whole way of use by a pair gate ({@link PairGate#refusingWay}). */
    public void record(PairGate gate, FlowFacts supply, Via via) {
        record(LawRules.ALL.size() + counted(gate), supply, via);
    }

    /**
     * Adds what one supply's search refused pair by pair ({@link OfOneSupply}), and empties it for the next
     * supply.
     */
    public void add(OfOneSupply refused, FlowFacts supply) {
        if (!refused.any) {
            return;
        }
        for (int r = 0; r < RULES; r++) {
            if (refused.counts[r] > 0) {
                record(r, supply, refused.firstWays[r], refused.counts[r]);
            }
        }
        refused.clear();
    }

    private void record(int r, FlowFacts supply, Via via) {
        record(r, supply, via, 1);
    }

    private void record(int r, FlowFacts supply, Via via, long times) {
        counts[r].add(times);
        Example current = examples[r].get();
        while (current == null || supply.index() < current.supplyIndex()) {
            var example = new Example(supply.index(), supply.id(), way(via));
            if (examples[r].compareAndSet(current, example)) {
                return;
            }
            current = examples[r].get();
        }
    }

    /**
     * The refusals of one supply's pairs, counted by the one thread that searches for the supply and added to
     * the run's at the supply's end ({@link #add}): a search may refuse millions of pairs, and a count shared by
     * the threads at each of them had cost the search a few hundredths of its time.
     */
    public static final class OfOneSupply {
        private final long[] counts = new long[RULES];
        private final Via[] firstWays = new Via[RULES];
        private boolean any;

        /** Counts a refusal of {@code rule} to the supply on a way of use. */
        public void record(LawRule rule, Via via) {
            record(LawRules.ALL.indexOf(rule), via);
        }

        /** Counts a refusal of a way of use by a pair gate ({@link PairGate#COUNTED}). */
        public void record(PairGate gate, Via via) {
            record(LawRules.ALL.size() + counted(gate), via);
        }

        private void record(int r, Via via) {
            if (counts[r]++ == 0) {
                firstWays[r] = via;
            }
            any = true;
        }

        /** Forgets what was counted (a search ended by a failure may have left counts). */
        public void clear() {
            if (any) {
                Arrays.fill(counts, 0);
                Arrays.fill(firstWays, null);
                any = false;
            }
        }
    }

    private static int counted(PairGate gate) {
        int g = PairGate.COUNTED.indexOf(gate);
        if (g < 0) {
            throw new IllegalArgumentException("not a gate that refuses a way of use: " + gate);
        }
        return g;
    }

    /** The rules that refused something, in the order of {@link LawRules#ALL}, then of {@link PairGate#COUNTED}. */
    public List<Refusal> list() {
        List<Refusal> list = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            Example example = examples[r].get();
            if (example == null) {
                continue;
            }
            if (r < LawRules.ALL.size()) {
                LawRule rule = LawRules.ALL.get(r);
                list.add(refusal(rule, rule.sourceFr(), rule.sourceEn(), counts[r].sum(), example));
            } else {
                PairGate gate = PairGate.COUNTED.get(r - LawRules.ALL.size());
                list.add(refusal(gate, gate.sourceFr(), gate.sourceEn(), counts[r].sum(), example));
            }
        }
        return list;
    }

    private static Refusal refusal(Refusing rule, String sourceFr, String sourceEn, long count, Example example) {
        return new Refusal(
                rule.id(),
                rule.reasonFr(),
                rule.reasonEn(),
                sourceFr,
                sourceEn,
                count,
                example.supplyFlow(),
                example.way());
    }

    private static String way(Via via) {
        if (via instanceof Via.ByPathway byPathway) {
            return byPathway.pathway().id();
        }
        if (via instanceof Via.Direct direct) {
            return "need:" + direct.family();
        }
        return "activity:" + ((Via.ByActivity) via).family();
    }
}
