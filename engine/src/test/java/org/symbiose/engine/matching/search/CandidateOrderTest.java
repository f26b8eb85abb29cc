package org.symbiose.engine.matching.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidateOrderTest {

    @Test
    void countingSortsByEachKeyInTurnGiveTheOrderOfTheKeysTakenTogether() {
        var random = new Random(11);
        int n = 5_000;
        int[] score = new int[n];
        int[] supply = new int[n];
        int[] need = new int[n];
        for (int i = 0; i < n; i++) {
            score[i] = -random.nextInt(1001);
            supply[i] = random.nextInt(40);
            need[i] = random.nextInt(30) - 1; // -1: no need
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        order = CandidateOrder.stablySortedBy(order, need);
        order = CandidateOrder.stablySortedBy(order, supply);
        order = CandidateOrder.stablySortedBy(order, score);

        Integer[] expected = new Integer[n];
        Arrays.setAll(expected, i -> i);
        Arrays.sort(
                expected,
                Comparator.comparingInt((Integer i) -> score[i])
                        .thenComparingInt(i -> supply[i])
                        .thenComparingInt(i -> need[i])
                        .thenComparingInt(i -> i));
        assertThat(order)
                .containsExactly(
                        Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }

    @Test
    void equalKeysKeepTheirOrder() {
        int[] order = {4, 2, 0, 3, 1};
        assertThat(CandidateOrder.stablySortedBy(order, new int[] {7, 7, 7, 7, 7}))
                .containsExactly(4, 2, 0, 3, 1);
        assertThat(CandidateOrder.stablySortedBy(order, new int[] {1, 0, 1, 0, 1}))
                .containsExactly(3, 1, 4, 2, 0);
    }

    @Test
    void scoresAreComparedAsTheThousandthsShown() {
        assertThat(CandidateOrder.thousandths(0.8124)).isEqualTo(812);
        assertThat(CandidateOrder.thousandths(0.8125)).isEqualTo(813);
        assertThat(CandidateOrder.thousandths(1.0)).isEqualTo(1000);
    }
}
