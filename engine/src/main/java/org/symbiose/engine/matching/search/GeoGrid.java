package org.symbiose.engine.matching.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Points on a grid of square cells (in degrees), answering "what lies within r km of here" by visiting
 * only the cells that can hold an answer, either all at once or ring by ring outwards so that a search
 * may stop as soon as farther cells cannot hold anything better.
 *
 * <p>Items are added, then the grid is frozen: the cell size is chosen from the items' own density (0.1°,
 * about 11 km by 8 km in Provence, halved until occupied cells hold a handful of items, down to about
 * 170 m), and items are stored cell after cell, sorted by row then column, with the start of each row
 * over the grid's rows. Memory is linear in the items whatever the extent of the territory. Distances
 * are checked by the caller.
 */
public final class GeoGrid<T> {

    static final double COARSEST_CELL_DEGREES = 0.1;

    /** Cells are halved at most this many times (0.1° / 64 is about 170 m by 120 m in Provence). */
    private static final int MAX_HALVINGS = 6;

    /** Cells are halved while occupied cells hold more items than this on average. */
    private static final double ITEMS_PER_CELL = 8;

    /** Rows kept over the grid's latitude span; coarser cells are used if a finer grid would need more. */
    private static final int MAX_ROWS = 1 << 16;

    /** Items added and not yet frozen into cells: points, items and tags side by side. */
    private double[] pendingLats = new double[8];

    private double[] pendingLons = new double[8];
    private List<T> pendingItems = new ArrayList<>();
    private int[] pendingTags = new int[8];

    private double cellDegrees = COARSEST_CELL_DEGREES;
    private int size;
    /** The first row holding items; read by {@link RingCells} with the three arrays below. */
    int rowMin;

    private int rowMax;
    private int colMin;
    private int colMax;
    /** Cells of row {@code rowMin + i} are {@code rowStart[i] .. rowStart[i + 1])}. */
    int[] rowStart;
    /** Column of each cell, increasing within a row. */
    int[] cellCol;
    /** Items of cell {@code c} are {@code items[cellStart[c] .. cellStart[c + 1])}. */
    int[] cellStart;

    private Object[] items;
    /** A small number the caller attached to each item, aligned with {@code items}. */
    private int[] tags;

    /** The distinct tags of the grid, increasing. */
    private int[] distinctTags;

    /** Items taken out by {@link #removeTagged}, by position; null while none is. */
    java.util.BitSet removed;
    /** Items left in each cell once some are removed. */
    int[] live;
    /** Position of the item of each tag, for grids whose tags number their items. */
    private int[] positionOfTag;

    void add(double lat, double lon, T item) {
        add(lat, lon, item, 0);
    }

    /** Adds an item with a tag the visitors receive with it. */
    void add(double lat, double lon, T item, int tag) {
        if (pendingItems == null) {
            throw new IllegalStateException("grid already frozen");
        }
        int n = pendingItems.size();
        if (n == pendingLats.length) {
            pendingLats = Arrays.copyOf(pendingLats, 2 * n);
            pendingLons = Arrays.copyOf(pendingLons, 2 * n);
            pendingTags = Arrays.copyOf(pendingTags, 2 * n);
        }
        pendingLats[n] = lat;
        pendingLons[n] = lon;
        pendingTags[n] = tag;
        pendingItems.add(item);
    }

    /** Builds the arrays; no item may be added afterwards. Idempotent. */
    GeoGrid<T> freeze() {
        if (pendingItems == null) {
            return this;
        }
        size = pendingItems.size();
        cellDegrees = chooseCellDegrees();
        long[] keys = new long[size];
        rowMin = Integer.MAX_VALUE;
        rowMax = Integer.MIN_VALUE;
        colMin = Integer.MAX_VALUE;
        colMax = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            int row = row(pendingLats[i]);
            int col = column(pendingLons[i]);
            rowMin = Math.min(rowMin, row);
            rowMax = Math.max(rowMax, row);
            colMin = Math.min(colMin, col);
            colMax = Math.max(colMax, col);
            keys[i] = CellKeys.key(row, col);
        }
        int[] order = CellKeys.order(keys, rowMin, rowMax, colMin, colMax);
        items = new Object[size];
        tags = new int[size];
        int cells = 0;
        for (int i = 0; i < size; i++) {
            items[i] = pendingItems.get(order[i]);
            tags[i] = pendingTags[order[i]];

            if (i == 0 || keys[order[i]] != keys[order[i - 1]]) {
                cells++;
            }
        }
        cellCol = new int[cells];
        cellStart = new int[cells + 1];
        rowStart = new int[size == 0 ? 1 : rowMax - rowMin + 2];
        int cell = -1;
        for (int i = 0; i < size; i++) {
            long k = keys[order[i]];
            if (i == 0 || k != keys[order[i - 1]]) {
                cell++;
                cellCol[cell] = CellKeys.columnOf(k);
                cellStart[cell] = i;
                rowStart[CellKeys.rowOf(k) - rowMin + 1] = cell + 1;
            }
        }
        cellStart[cells] = size;
        for (int r = 1; r < rowStart.length; r++) {
            rowStart[r] = Math.max(rowStart[r], rowStart[r - 1]);
        }
        distinctTags = CellKeys.distinctSorted(tags);
        pendingLats = null;
        pendingLons = null;
        pendingItems = null;
        pendingTags = null;
        return this;
    }

    /** The coarsest cell size whose occupied cells hold few items, the rows kept reasonable. */
    private double chooseCellDegrees() {
        double latMin = Double.POSITIVE_INFINITY;
        double latMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            latMin = Math.min(latMin, pendingLats[i]);
            latMax = Math.max(latMax, pendingLats[i]);
        }
        double degrees = COARSEST_CELL_DEGREES;
        if (size <= ITEMS_PER_CELL) {
            return degrees;
        }
        long[] occupied =
                CellKeys.occupiedByHalving(pendingLats, pendingLons, size, COARSEST_CELL_DEGREES, MAX_HALVINGS);
        for (int halving = 0; halving < MAX_HALVINGS; halving++) {
            if (size <= ITEMS_PER_CELL * occupied[halving]) {
                break;
            }
            if ((latMax - latMin) / (degrees / 2) > MAX_ROWS) {
                break;
            }
            degrees /= 2;
        }
        return degrees;
    }

    /**
     * Takes the item of this tag out of every later visit; for grids whose tags are distinct small
     * numbers (an item's number in the caller's list). A cell emptied so is no longer even looked at.
     */
    void removeTagged(int tag) {
        freeze();
        if (removed == null) {
            removed = new java.util.BitSet(size);
            live = new int[cellCol.length];
            for (int c = 0; c < live.length; c++) {
                live[c] = cellStart[c + 1] - cellStart[c];
            }
            int maxTag = -1;
            for (int t : tags) {
                maxTag = Math.max(maxTag, t);
            }
            positionOfTag = new int[maxTag + 1];
            Arrays.fill(positionOfTag, -1);
            for (int i = 0; i < size; i++) {
                if (positionOfTag[tags[i]] != -1) {
                    throw new IllegalStateException("tag " + tags[i] + " is not unique");
                }
                positionOfTag[tags[i]] = i;
            }
        }
        int position = positionOfTag[tag];
        if (!removed.get(position)) {
            removed.set(position);
            int cell = Arrays.binarySearch(cellStart, 0, cellCol.length, position);
            if (cell < 0) {
                cell = -cell - 2;
            }
            while (cell + 1 < cellCol.length && cellStart[cell + 1] == position) {
                cell++;
            }
            live[cell]--;
        }
    }

    /** The distinct tags of the items, increasing. */
    int[] distinctTags() {
        freeze();
        return distinctTags;
    }

    int size() {
        return pendingItems == null ? size : pendingItems.size();
    }

    /** Every item in the cells overlapping the box around the point that contains the r km circle. */
    public void near(double lat, double lon, double radiusKm, Consumer<T> visitor) {
        GridWindow window = window(lat, lon, radiusKm);
        var cells = new Cells();
        for (int ring = 0; window != null && ring <= window.lastRing(); ring++) {
            ringCells(window, ring, cells);
            for (int k = 0; k < cells.size; k++) {
                for (int i = cells.from[k]; i < cells.to[k]; i++) {
                    if (!isRemoved(i)) {
                        visitor.accept(item(i));
                    }
                }
            }
        }
    }

    /**
     * The cells that may hold an item within {@code radiusKm} of the point, as rings around its cell;
     * null when there are none.
     */
    GridWindow window(double lat, double lon, double radiusKm) {
        var window = new GridWindow();
        return window(lat, lon, radiusKm, window) ? window : null;
    }

    /**
     * Fills {@code into} with the cells that may hold an item within {@code radiusKm} of the point, as
     * rings around its cell; false (and {@code into} left as it was) when there are none.
     */
    boolean window(double lat, double lon, double radiusKm, GridWindow into) {
        freeze();
        if (size == 0) {
            return false;
        }
        // A hair wider than the circle: its longitudinal extent grows slightly away from the equator.
        double dLat = radiusKm / 111.1;
        double dLon = radiusKm / (111.1 * Math.max(0.05, Math.cos(Math.toRadians(lat)))) * 1.001;
        int row = row(lat);
        int col = column(lon);
        int rowFrom = Math.max(row(lat - dLat), rowMin);
        int rowTo = Math.min(row(lat + dLat), rowMax);
        int colFrom = Math.max(column(lon - dLon), colMin);
        int colTo = Math.min(column(lon + dLon), colMax);
        if (rowFrom > rowTo || colFrom > colTo) {
            return false;
        }
        int lastRing = Math.max(
                Math.max(Math.abs(rowFrom - row), Math.abs(rowTo - row)),
                Math.max(Math.abs(colFrom - col), Math.abs(colTo - col)));
        // The window's farthest latitude from the equator: its cosine shrinks a degree of longitude the most.
        double maxAbsLat = Math.min(
                90, Math.max(Math.abs((row + lastRing + 1) * cellDegrees), Math.abs((row - lastRing) * cellDegrees)));
        into.set(
                lat,
                lon,
                cellDegrees,
                row,
                col,
                rowFrom,
                rowTo,
                colFrom,
                colTo,
                lastRing,
                Math.cos(Math.toRadians(maxAbsLat)));
        return true;
    }

    /**
     * Puts into {@code cells} (emptied first) the positions of the items of the window's cells at
     * Chebyshev distance {@code ring} from the point's cell, as ranges; cells whose items were all
     * {@link #removeTagged removed} are left out, but a range may still hold removed items (see {@link
     * #isRemoved}). For callers that loop over items themselves and may stop at any one.
     */
    void ringCells(GridWindow w, int ring, Cells cells) {
        RingCells.fill(this, w, ring, cells);
    }

    /** The item at a position given by {@link #ringCells}. */
    @SuppressWarnings("unchecked")
    T item(int position) {
        return (T) items[position];
    }

    /** The tags of the items by position (see {@link #ringCells}); not to be modified. */
    int[] tags() {
        return tags;
    }

    /** The tag of the item at a position given by {@link #ringCells}. */
    int tag(int position) {
        return tags[position];
    }

    /** Whether the item at a position given by {@link #ringCells} was {@link #removeTagged removed}. */
    boolean isRemoved(int position) {
        return removed != null && removed.get(position);
    }

    /** Ranges of item positions, {@code from[k]} (inclusive) to {@code to[k]} (exclusive); reusable. */
    static final class Cells {
        int[] from = new int[16];
        int[] to = new int[16];
        int size;

        void add(int start, int end) {
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            from[size] = start;
            to[size++] = end;
        }
    }

    private int row(double lat) {
        return (int) Math.floor(lat / cellDegrees);
    }

    private int column(double lon) {
        return (int) Math.floor(lon / cellDegrees);
    }
}
