package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The refusals of one run, counted by rule with the first example in the dataset's order; filled by
 * any thread. Cheap at a million flows: a count and a compare per refusal, no list of pairs. The rules of
 * law come first, then the pair gates that refuse a whole way of use ({@link PairGate#COUNTED}).
 */
public final class Refusals {

    private record Example(int supplyIndex, String supplyFlow, String way) {}

    private static final int RULES = LawRules.ALL.size() + PairGate.COUNTED.size();

    private final AtomicLong[] counts = new AtomicLong[RULES];

    @SuppressWarnings("unchecked")
    private final AtomicReference<Example>[] examples = new AtomicReference[RULES];

    public Refusals() {
        for (int r = 0; r < counts.length; r++) {
            counts[r] = new AtomicLong();
            examples[r] = new AtomicReference<>();
        }
    }

    /** Counts a refusal of {@code rule} to a supply on a way of use. */
    public void record(LawRule rule, FlowFacts supply, Via via) {
        record(LawRules.ALL.indexOf(rule), supply, via);
    }

    /** Counts a refusal of a whole way of use by a pair gate ({@link PairGate#refusingWay}). */
    public void record(PairGate gate, FlowFacts supply, Via via) {
        int g = PairGate.COUNTED.indexOf(gate);
        if (g < 0) {
            throw new IllegalArgumentException("not a gate that refuses a way of use: " + gate);
        }
        record(LawRules.ALL.size() + g, supply, via);
    }

    private void record(int r, FlowFacts supply, Via via) {
        counts[r].incrementAndGet();
        Example current = examples[r].get();
        while (current == null || supply.index() < current.supplyIndex()) {
            var example = new Example(supply.index(), supply.id(), way(via));
            if (examples[r].compareAndSet(current, example)) {
                return;
            }
            current = examples[r].get();
        }
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
                list.add(refusal(rule, rule.sourceFr(), rule.sourceEn(), counts[r].get(), example));
            } else {
                PairGate gate = PairGate.COUNTED.get(r - LawRules.ALL.size());
                list.add(refusal(gate, gate.sourceFr(), gate.sourceEn(), counts[r].get(), example));
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
