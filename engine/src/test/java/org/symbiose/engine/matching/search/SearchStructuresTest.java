package org.symbiose.engine.matching.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The small structures the search reuses from supply to supply behave as the general ones they replace. */
class SearchStructuresTest {

    /** Filled, read and emptied many times over, the table answers as a map would, growth included. */
    @Property(tries = 100)
    void intTableAnswersAsAMapAcrossClears(
            @ForAll @IntRange(min = 1, max = 20) int rounds,
            @ForAll @IntRange(min = 0, max = 300) int putsPerRound,
            @ForAll long seed) {
        var random = new Random(seed);
        var table = new IntTable<String>();
        for (int round = 0; round < rounds; round++) {
            table.clear();
            Map<Integer, String> expected = new HashMap<>();
            for (int i = 0; i < putsPerRound; i++) {
                int key = random.nextInt(500) * (random.nextBoolean() ? 1 : 1 << 20);
                String value = round + ":" + i;
                if (expected.containsKey(key) || random.nextInt(4) == 0) {
                    table.put(key, value);
                } else {
                    table.putNew(key, value);
                }
                expected.put(key, value);
            }
            assertThat(table.size()).isEqualTo(expected.size());
            for (int probe = -5; probe < 600; probe++) {
                assertThat(table.get(probe)).isEqualTo(expected.get(probe));
                assertThat(table.get(probe << 20)).isEqualTo(expected.get(probe << 20));
            }
        }
    }

    /** Searches come out least advanced first and, among equals, the one that may score best first. */
    @Property(tries = 100)
    void searchQueueGivesTheLeastAdvancedFirst(@ForAll @IntRange(min = 0, max = 80) int searches, @ForAll long seed) {
        var random = new Random(seed);
        var queue = new SearchQueue(1);
        List<LookupSearch> added = new ArrayList<>();
        for (int i = 0; i < searches; i++) {
            var search = new LookupSearch();
            search.covered = random.nextInt(5) * 2.5;
            search.boundAtLimit = random.nextInt(4) / 4.0;
            added.add(search);
            queue.add(search);
            if (random.nextInt(5) == 0) {
                // Taken out and put back, as the search does after each ring.
                LookupSearch first = queue.poll();
                first.covered += 1;
                queue.add(first);
            }
        }
        List<LookupSearch> polled = new ArrayList<>();
        while (!queue.isEmpty()) {
            polled.add(queue.poll());
        }
        assertThat(polled).containsExactlyInAnyOrderElementsOf(added);
        assertThat(polled)
                .isSortedAccordingTo(Comparator.comparingDouble((LookupSearch s) -> s.covered)
                        .thenComparing(s -> -s.boundAtLimit));
        assertThat(queue.poll()).isNull();
    }

    /** Z-order interleaves rows and columns: cells next to each other in a 2 by 2 block follow each other. */
    @Property(tries = 200)
    void zOrderKeepsEachTwoByTwoBlockTogether(
            @ForAll @IntRange(min = 0, max = 16_000) int row, @ForAll @IntRange(min = 0, max = 16_000) int col) {
        long r = row & ~1;
        long c = col & ~1;
        long base = SpatialOrder.interleave(r, c);
        assertThat(List.of(
                        SpatialOrder.interleave(r, c + 1),
                        SpatialOrder.interleave(r + 1, c),
                        SpatialOrder.interleave(r + 1, c + 1)))
                .containsExactly(base + 1, base + 2, base + 3);
    }
}
