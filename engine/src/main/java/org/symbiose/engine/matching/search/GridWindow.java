package org.symbiose.engine.matching.search;

import org.symbiose.engine.geo.GeoPoint;

/**
 * The cells of a search around a point, clipped to the grid's bounding box. Filled by {@link
 * GeoGrid#window(double, double, double, GridWindow)}, so that a search may reuse one from point to point.
 */
public final class GridWindow {
    private double lat;
    private double lon;
    private double cellDegrees;
    private int row;
    private int col;
    private int rowFrom;
    private int rowTo;
    private int colFrom;
    private int colTo;
    private int lastRing;
    /** The cosine of the largest |latitude| of the window's cells. */
    private double cosMaxLat;

    /**
     * The last ring {@link GeoGrid#ringCells} gave, and for each row of the window ({@code row - rowFrom}) the
     * range of its cells within that ring's columns ({@code firstCell} inclusive, {@code endCell} exclusive):
     * where the next ring steps from.
     */
    int cursorRing = -1;

    int[] firstCell = new int[0];
    int[] endCell = new int[0];

    void set(
            double lat,
            double lon,
            double cellDegrees,
            int row,
            int col,
            int rowFrom,
            int rowTo,
            int colFrom,
            int colTo,
            int lastRing,
            double cosMaxLat) {
        this.lat = lat;
        this.lon = lon;
        this.cellDegrees = cellDegrees;
        this.row = row;
        this.col = col;
        this.rowFrom = rowFrom;
        this.rowTo = rowTo;
        this.colFrom = colFrom;
        this.colTo = colTo;
        this.lastRing = lastRing;
        this.cosMaxLat = cosMaxLat;
        this.cursorRing = -1;
        int rows = rowTo - rowFrom + 1;
        if (firstCell.length < rows) {
            firstCell = new int[Math.max(rows, 2 * firstCell.length)];
            endCell = new int[firstCell.length];
        }
    }

    int row() {
        return row;
    }

    int col() {
        return col;
    }

    int rowFrom() {
        return rowFrom;
    }

    int rowTo() {
        return rowTo;
    }

    int colFrom() {
        return colFrom;
    }

    int colTo() {
        return colTo;
    }

    /** The farthest ring holding a cell of the window. */
    int lastRing() {
        return lastRing;
    }

    /**
     * A lower bound, in km, of the great-circle distance from the point to anything in a cell of ring
     * {@code ring} or farther; infinite beyond the last ring.
     */
    double minDistanceKmFromRing(int ring) {
        if (ring <= 0) {
            return 0;
        }
        if (ring > lastRing) {
            return Double.POSITIVE_INFINITY;
        }
        double up = (row + ring) * cellDegrees - lat;
        double down = lat - (row - ring + 1) * cellDegrees;
        double east = (col + ring) * cellDegrees - lon;
        double west = lon - (col - ring + 1) * cellDegrees;
        double latGap = Math.max(0, Math.min(up, down));
        double lonGap = Math.max(0, Math.min(east, west));
        double byLat = GeoPoint.EARTH_RADIUS_KM * Math.toRadians(latGap);
        // Two points whose longitudes differ by dl, both at |latitude| <= m, are at least
        // 2R asin(cos m sin(dl / 2)) apart (haversine with the latitude term dropped); asin x >= x and
        // sin t >= t - t^3 / 6 make it cheaper and still a floor; m is the window's largest.
        double t = Math.toRadians(Math.min(180, lonGap)) / 2;
        double byLon = 2 * GeoPoint.EARTH_RADIUS_KM * cosMaxLat * Math.max(0, t - t * t * t / 6);
        return 0.999 * Math.min(byLat, byLon);
    }
}
