package org.symbiose.engine.matching.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.symbiose.engine.matching.FlowFacts;
import org.symbiose.engine.matching.Proposal;

/**
 * The order of the candidates: higher rounded score first; at equal score, mutualisations (by theme,
 * then flows), then substitutions by the ranks of their supply's, receiving actor's and need's ids.
 *
 * <p>A territory of a million flows has millions of substitutions: they are ordered by counting sorts
 * over those ranks and the score in thousandths, one stable pass per key from the least significant,
 * which costs a few passes over arrays of numbers instead of millions of comparisons of objects.
 */
public final class CandidateOrder {

    private CandidateOrder() {}

    /** A score as the thousandths the candidates show. */
    public static int thousandths(double score) {
        return (int) Math.round(score * 1000);
    }

    /**
     * The candidates in order, each as a number: a substitution's position in {@code proposals}, or
     * {@code -1 - g} for the mutualisation at position {@code g} of {@code groups}.
     */
    public static int[] of(
            List<Proposal> proposals, List<MutualisationFinder.Group> groups, int[] flowRank, int[] actorRank) {
        int[] substitutions = substitutions(proposals, flowRank, actorRank);
        int[] mutualisations = mutualisations(groups);
        int[] merged = new int[substitutions.length + mutualisations.length];
        int s = 0;
        int m = 0;
        for (int k = 0; k < merged.length; k++) {
            boolean takeGroup = m < mutualisations.length
                    && (s == substitutions.length
                            || thousandths(groups.get(mutualisations[m]).score())
                                    >= thousandths(
                                            proposals.get(substitutions[s]).score()));
            merged[k] = takeGroup ? -1 - mutualisations[m++] : substitutions[s++];
        }
        return merged;
    }

    private static int[] substitutions(List<Proposal> proposals, int[] flowRank, int[] actorRank) {
        int n = proposals.size();
        int[] score = new int[n];
        int[] supply = new int[n];
        int[] receiver = new int[n];
        int[] need = new int[n];
        for (int i = 0; i < n; i++) {
            Proposal p = proposals.get(i);
            score[i] = -thousandths(p.score());
            supply[i] = flowRank[p.supply().index()];
            receiver[i] = actorRank[p.receiver().actor().index()];
            need[i] = p.receiver().isDeclared() ? flowRank[p.receiver().need().index()] : -1;
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        order = stablySortedBy(order, need);
        order = stablySortedBy(order, receiver);
        order = stablySortedBy(order, supply);
        return stablySortedBy(order, score);
    }

    private static int[] mutualisations(List<MutualisationFinder.Group> groups) {
        String[] keys = new String[groups.size()];
        Integer[] order = new Integer[groups.size()];
        for (int g = 0; g < keys.length; g++) {
            MutualisationFinder.Group group = groups.get(g);
            keys[g] = group.theme().id() + "\u0000"
                    + String.join(",", group.flows().stream().map(FlowFacts::id).toList());
            order[g] = g;
        }
        Arrays.sort(
                order,
                Comparator.comparingInt(
                                (Integer g) -> -thousandths(groups.get(g).score()))
                        .thenComparing(g -> keys[g]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** {@code order} sorted by {@code key[order[i]]}, increasing, ties kept in their order: a counting sort. */
    static int[] stablySortedBy(int[] order, int[] key) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int k : key) {
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        if (order.length == 0 || min == max) {
            return order;
        }
        int[] starts = new int[(int) ((long) max - min + 2)];
        for (int i : order) {
            starts[key[i] - min + 1]++;
        }
        for (int b = 1; b < starts.length; b++) {
            starts[b] += starts[b - 1];
        }
        int[] sorted = new int[order.length];
        for (int i : order) {
            sorted[starts[key[i] - min]++] = i;
        }
        return sorted;
    }
}
