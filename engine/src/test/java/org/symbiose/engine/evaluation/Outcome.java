package org.symbiose.engine.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Substitution;

/**
 * What the matcher proposed for one exchange's supply, and where the true receiver stood.
 *
 * @param rank the true receiver's place among the distinct receivers proposed for the supply (1 for the
 *     best), 0 when it was not among them
 * @param deepRank its place when many more receivers are asked for (misses only), 0 when still absent,
 *     -1 when not looked for
 * @param proposed the receivers proposed instead, best first, as short descriptions
 * @param sameActivityRivals background companies with the receiver's NACE class, -1 when the territory does
 *     not say (no code for the receiver, or a setting without codes)
 */
record Outcome(
        RealExchange exchange,
        int rank,
        int deepRank,
        boolean supplyUnclassified,
        boolean needUnclassified,
        List<String> proposed,
        int sameActivityRivals) {

    boolean top1() {
        return rank == 1;
    }

    boolean top5() {
        return within(5);
    }

    boolean top10() {
        return within(10);
    }

    /** Whether the true receiver is among the {@code k} best receivers proposed for the supply. */
    boolean within(int k) {
        return rank >= 1 && rank <= k;
    }

    /** The distinct receivers proposed for the territory's supply flow, best first. */
    static List<String> receivers(MatchResult result, String supplyFlowId) {
        return result.substitutions().stream()
                .filter(s -> s.supplyFlow().equals(supplyFlowId))
                .sorted(Comparator.comparingInt(Substitution::rank))
                .map(Substitution::demandActor)
                .distinct()
                .toList();
    }

    static Outcome of(EvaluationTerritory t, MatchResult result, MatchResult deeper) {
        List<String> receivers = receivers(result, t.supplyFlowId);
        int rank = receivers.indexOf(t.receiverId) + 1;
        int deepRank = -1;
        if (deeper != null) {
            deepRank = receivers(deeper, t.supplyFlowId).indexOf(t.receiverId) + 1;
        }
        boolean supplyUnclassified =
                result.unclassified().stream().anyMatch(u -> u.flowId().equals(t.supplyFlowId));
        boolean needUnclassified = t.needFlowId != null
                && result.unclassified().stream().anyMatch(u -> u.flowId().equals(t.needFlowId));

        Map<String, Actor> actors = new HashMap<>();
        t.dataset.actors().forEach(a -> actors.put(a.id(), a));
        Map<String, FlowRecord> flows = new HashMap<>();
        t.dataset.flows().forEach(f -> flows.put(f.id(), f));
        Map<String, Substitution> bestByReceiver = new LinkedHashMap<>();
        result.substitutions().stream()
                .filter(s -> s.supplyFlow().equals(t.supplyFlowId))
                .sorted(Comparator.comparingInt(Substitution::rank))
                .forEach(s -> bestByReceiver.putIfAbsent(s.demandActor(), s));
        List<String> proposed = new ArrayList<>();
        for (Substitution s : bestByReceiver.values()) {
            if (s.demandActor().equals(t.receiverId)) {
                continue;
            }
            Actor a = actors.get(s.demandActor());
            String need = s.demandFlow() == null
                    ? "by activity"
                    : "needs \"" + flows.get(s.demandFlow()).label() + "\"";
            String pathway = s.pathway() == null ? "" : ", " + s.pathway().id();
            proposed.add(String.format(
                    Locale.ROOT, "%s %s (%s, %s%s, %.2f)", a.id(), a.activity(), a.naf(), need, pathway, s.score()));
        }
        String receiverNaf = t.exchange.receiverNace();
        int rivals = receiverNaf == null || t.setting.withoutNace()
                ? -1
                : (int) t.dataset.actors().stream()
                        .filter(a -> !a.id().equals(t.receiverId) && !a.id().equals(t.supplierId))
                        .filter(a -> Objects.equals(a.naf(), receiverNaf))
                        .count();
        return new Outcome(
                t.exchange, rank, deepRank, supplyUnclassified, needUnclassified, List.copyOf(proposed), rivals);
    }
}
