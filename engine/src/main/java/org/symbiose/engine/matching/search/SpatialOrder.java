package org.symbiose.engine.matching.search;

import java.util.Arrays;
import java.util.List;
import org.symbiose.engine.matching.ActorFacts;
import org.symbiose.engine.matching.FlowFacts;

/**
 * An order of flows in which neighbours follow each other: by the Z-order (Morton) curve of their
 * company's place on a grid of about 0.02° (2 km). Searches of neighbouring supplies read the same cells
 * of the same indexes; taken one after the other, they find them in the processor's caches, where in the
 * order of the flows' ids each would fetch them from memory again.
 */
final class SpatialOrder {

    private static final double CELL_DEGREES = 0.02;

    private SpatialOrder() {}

    /** The positions of the flows, neighbours together; among equals, in the flows' order. */
    static int[] of(List<FlowFacts> flows) {
        long[] keys = new long[flows.size()];
        for (int i = 0; i < keys.length; i++) {
            ActorFacts actor = flows.get(i).actor();
            long row = cell(actor.lat() + 90);
            long col = cell(actor.lon() + 180);
            keys[i] = interleave(row, col) << 32 | i;
        }
        Arrays.parallelSort(keys);
        int[] order = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    /** A cell number on 15 bits (0.02° cells cover 360° in 18,000 cells). */
    private static long cell(double degrees) {
        return Math.max(0, Math.min((1 << 15) - 1, (long) Math.floor(degrees / CELL_DEGREES)));
    }

    /** The bits of {@code row} and {@code col} interleaved, row's first: 30 bits. */
    static long interleave(long row, long col) {
        long z = 0;
        for (int bit = 14; bit >= 0; bit--) {
            z = z << 2 | (row >> bit & 1) << 1 | (col >> bit & 1);
        }
        return z;
    }
}
