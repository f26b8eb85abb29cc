package org.symbiose.bench;

import java.util.HashMap;
import java.util.Map;
import org.symbiose.engine.geo.GeoPoint;

/**
 * Points on the engine's grid of 0.1° cells ({@code matching.GeoGrid}), counting for a query what the
 * engine visits (every point in the cells of the bounding box) and what lies within the radius.
 */
final class ReceiverGrid {

    private static final double CELL_DEGREES = 0.1;

    private final Map<Long, double[]> cells = new HashMap<>();
    private final Map<Long, Integer> sizes = new HashMap<>();

    void add(double lat, double lon) {
        long key = key(cell(lat), cell(lon));
        int size = sizes.merge(key, 1, Integer::sum);
        double[] points = cells.get(key);
        if (points == null || points.length < 2 * size) {
            double[] grown = new double[Math.max(8, 4 * size)];
            if (points != null) {
                System.arraycopy(points, 0, grown, 0, points.length);
            }
            points = grown;
            cells.put(key, points);
        }
        points[2 * size - 2] = lat;
        points[2 * size - 1] = lon;
    }

    /** {visited, within radius} for a query point. */
    long[] count(double lat, double lon, double radiusKm) {
        double dLat = radiusKm / 111.2;
        double dLon = radiusKm / (111.2 * Math.max(0.05, Math.cos(Math.toRadians(lat))));
        long visited = 0;
        long within = 0;
        for (int r = cell(lat - dLat); r <= cell(lat + dLat); r++) {
            for (int c = cell(lon - dLon); c <= cell(lon + dLon); c++) {
                long key = key(r, c);
                Integer size = sizes.get(key);
                if (size == null) {
                    continue;
                }
                double[] points = cells.get(key);
                visited += size;
                for (int i = 0; i < size; i++) {
                    if (GeoPoint.distanceKm(lat, lon, points[2 * i], points[2 * i + 1]) <= radiusKm) {
                        within++;
                    }
                }
            }
        }
        return new long[] {visited, within};
    }

    private static int cell(double degrees) {
        return (int) Math.floor(degrees / CELL_DEGREES);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) ^ (column & 0xffffffffL);
    }
}
