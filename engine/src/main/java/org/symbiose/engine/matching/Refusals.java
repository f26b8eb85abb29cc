package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The refusals of one run, counted by rule with the first example in the dataset's order; filled by
 * any thread. Cheap at a million flows: a count and a compare per refusal, no list of pairs.
 */
public final class Refusals {

    private record Example(int supplyIndex, String supplyFlow, String way) {}

    private final AtomicLong[] counts = new AtomicLong[LawRules.ALL.size()];

    @SuppressWarnings("unchecked")
    private final AtomicReference<Example>[] examples = new AtomicReference[LawRules.ALL.size()];

    public Refusals() {
        for (int r = 0; r < counts.length; r++) {
            counts[r] = new AtomicLong();
            examples[r] = new AtomicReference<>();
        }
    }

    /** Counts a refusal of {@code rule} to a supply on a way of use. */
    public void record(LawRule rule, FlowFacts supply, Via via) {
        int r = LawRules.ALL.indexOf(rule);
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

    /** The rules that refused something, in the order of {@link LawRules#ALL}. */
    public List<Refusal> list() {
        List<Refusal> list = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            Example example = examples[r].get();
            if (example != null) {
                LawRule rule = LawRules.ALL.get(r);
                list.add(new Refusal(
                        rule.id(),
                        rule.reasonFr(),
                        rule.reasonEn(),
                        rule.sourceFr(),
                        rule.sourceEn(),
                        counts[r].get(),
                        example.supplyFlow(),
                        example.way()));
            }
        }
        return list;
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
