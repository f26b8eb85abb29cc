package org.symbiose.engine.matching.search;

import java.util.Arrays;

/** Grid cells as numbers: a (row, column) key ordered by rows then columns, and sorting by such keys. */
final class CellKeys {

    private CellKeys() {}

    /** A key whose order is the order of rows, then of columns (both signed). */
    static long key(int row, int column) {
        return ((long) row << 32) | ((column ^ Integer.MIN_VALUE) & 0xffffffffL);
    }

    static int rowOf(long key) {
        return (int) (key >> 32);
    }

    static int columnOf(long key) {
        return ((int) key) ^ Integer.MIN_VALUE;
    }

    /**
     * The positions 0..n-1 in the order of their keys, ties in the order of positions. Keys and positions
     * are packed into one number and sorted as such (no boxing, no comparator) when the keys' span
     * allows, which it does for any grid of cells over the Earth and fewer than a billion items.
     */
    static int[] order(long[] keys, int rowMin, int rowMax, int colMin, int colMax) {
        int n = keys.length;
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        long rows = (long) rowMax - rowMin + 1;
        long cols = (long) colMax - colMin + 1;
        if (rows * cols < Long.MAX_VALUE / n / 2) {
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                long cell = (rowOf(keys[i]) - (long) rowMin) * cols + (columnOf(keys[i]) - (long) colMin);
                packed[i] = cell * n + i;
            }
            Arrays.sort(packed);
            for (int i = 0; i < n; i++) {
                order[i] = (int) (packed[i] % n);
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        Arrays.setAll(boxed, i -> i);
        Arrays.sort(boxed, (a, b) -> Long.compare(keys[a], keys[b]));
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /**
     * How many cells the first {@code size} points occupy for each number of halvings (0 to {@code halvings})
     * of a {@code coarsest}-degree cell, from one sort. A halving exactly doubles a point's quotient by
     * the cell size, so a cell's row and column are those of the finest cells in it shifted right; in the
     * Z-order of the finest cells (their bits interleaved), the finest cells of a coarser one follow each
     * other.
     */
    static long[] occupiedByHalving(double[] lats, double[] lons, int size, double coarsest, int halvings) {
        double finest = coarsest / (1 << halvings);
        int[] rows = new int[size];
        int[] cols = new int[size];
        int rowBase = Integer.MAX_VALUE;
        int colBase = Integer.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            rows[i] = (int) Math.floor(lats[i] / finest);
            cols[i] = (int) Math.floor(lons[i] / finest);
            rowBase = Math.min(rowBase, rows[i]);
            colBase = Math.min(colBase, cols[i]);
        }
        // Bases that are multiples of the coarsest cell keep every level's cells whole.
        rowBase = Math.floorDiv(rowBase, 1 << halvings) << halvings;
        colBase = Math.floorDiv(colBase, 1 << halvings) << halvings;
        long[] z = new long[size];
        for (int i = 0; i < size; i++) {
            z[i] = interleave(rows[i] - rowBase, cols[i] - colBase);
        }
        Arrays.sort(z);
        long[] occupied = new long[halvings + 1];
        for (int i = 0; i < size; i++) {
            for (int halving = 0; halving <= halvings; halving++) {
                int shift = 2 * (halvings - halving);
                if (i == 0 || z[i] >>> shift != z[i - 1] >>> shift) {
                    occupied[halving]++;
                }
            }
        }
        return occupied;
    }

    /**
     * The bits of two non-negative numbers interleaved (row bits at odd places, column bits at even
     * ones): the Z-order of cells, in which the cells of a coarser cell follow each other.
     */
    static long interleave(int row, int column) {
        return (spread(row) << 1) | spread(column);
    }

    private static long spread(int value) {
        long v = value & 0xffffffffL;
        v = (v | (v << 16)) & 0x0000ffff0000ffffL;
        v = (v | (v << 8)) & 0x00ff00ff00ff00ffL;
        v = (v | (v << 4)) & 0x0f0f0f0f0f0f0f0fL;
        v = (v | (v << 2)) & 0x3333333333333333L;
        v = (v | (v << 1)) & 0x5555555555555555L;
        return v;
    }

    /** The distinct values, increasing. */
    static int[] distinctSorted(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
