package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A spatial hash of points on a grid of cells about 10 km high, answering "what lies within r km of
 * here" by visiting only the cells that can hold an answer. Distances are checked by the caller.
 */
final class GeoGrid<T> {

    static final double CELL_DEGREES = 0.1;

    private final Map<Long, List<T>> cells = new HashMap<>();
    private int size;

    void add(double lat, double lon, T item) {
        cells.computeIfAbsent(key(row(lat), column(lon)), k -> new ArrayList<>(4))
                .add(item);
        size++;
    }

    int size() {
        return size;
    }

    /**
     * Every item in the cells overlapping the box around the point that contains the r km circle. When
     * the box spans more cells than are occupied (a long radius over a sparse grid), the occupied cells
     * are scanned instead.
     */
    void near(double lat, double lon, double radiusKm, Consumer<T> visitor) {
        double dLat = radiusKm / 111.2;
        double dLon = radiusKm / (111.2 * Math.max(0.05, Math.cos(Math.toRadians(lat))));
        int rowFrom = row(lat - dLat);
        int rowTo = row(lat + dLat);
        int colFrom = column(lon - dLon);
        int colTo = column(lon + dLon);
        long boxCells = (long) (rowTo - rowFrom + 1) * (colTo - colFrom + 1);
        if (boxCells > cells.size()) {
            for (Map.Entry<Long, List<T>> cell : cells.entrySet()) {
                int r = (int) (cell.getKey() >> 32);
                int c = (int) (long) cell.getKey();
                if (r >= rowFrom && r <= rowTo && c >= colFrom && c <= colTo) {
                    cell.getValue().forEach(visitor);
                }
            }
            return;
        }
        for (int r = rowFrom; r <= rowTo; r++) {
            for (int c = colFrom; c <= colTo; c++) {
                List<T> items = cells.get(key(r, c));
                if (items != null) {
                    items.forEach(visitor);
                }
            }
        }
    }

    private static int row(double lat) {
        return (int) Math.floor(lat / CELL_DEGREES);
    }

    private static int column(double lon) {
        return (int) Math.floor(lon / CELL_DEGREES);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) ^ (column & 0xffffffffL);
    }
}
