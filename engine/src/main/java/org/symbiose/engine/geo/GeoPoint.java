package org.symbiose.engine.geo;

/**
 * A position in WGS84 decimal degrees, as GPS devices, OpenStreetMap and the reference commune centroids
 * give it.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

    /** Mean Earth radius (IUGG), in kilometres; the spherical model errs by at most about 0.5 %. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("Latitude must be between -90 and 90 degrees, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Longitude must be between -180 and 180 degrees, was " + longitude);
        }
    }

    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }

    /**
     * Great-circle ("as the crow flies") distance in kilometres, by the haversine formula. Road distance is
     * longer, typically by a factor of 1.2 to 1.4.
     */
    public double distanceKm(GeoPoint other) {
        return distanceKm(latitude, longitude, other.latitude, other.longitude);
    }

    /** The same distance from primitive degrees, for hot loops that keep coordinates in arrays. */
    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        return distanceKm(
                latitude1,
                longitude1,
                Math.cos(Math.toRadians(latitude1)),
                latitude2,
                longitude2,
                Math.cos(Math.toRadians(latitude2)));
    }

    /**
     * The same distance, the cosines of both latitudes given (they are the costly part, and a point met
     * many times keeps its own).
     */
    public static double distanceKm(
            double latitude1,
            double longitude1,
            double cosLatitude1,
            double latitude2,
            double longitude2,
            double cosLatitude2) {
        double sinHalfLat = Math.sin(Math.toRadians(latitude2 - latitude1) / 2);
        double sinHalfLon = Math.sin(Math.toRadians(longitude2 - longitude1) / 2);
        double h = sinHalfLat * sinHalfLat + cosLatitude1 * cosLatitude2 * sinHalfLon * sinHalfLon;
        return 2 * EARTH_RADIUS_KM * asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The point on the sphere of radius 1, as {x, y, z}: what {@link #distanceKmBetween} takes, for points
     * whose distances to many others are measured.
     */
    public static double[] unitVector(double latitude, double longitude) {
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    /**
     * The great-circle distance between two points given by their {@link #unitVector unit vectors}: the
     * haversine's {@code h} is the square of half their chord, so this is the same distance (to a few
     * micrometres) without a sine or cosine.
     */
    public static double distanceKmBetween(double x1, double y1, double z1, double x2, double y2, double z2) {
        double dx = x1 - x2;
        double dy = y1 - y2;
        double dz = z1 - z2;
        double halfChord = 0.5 * Math.sqrt(dx * dx + dy * dy + dz * dz);
        return 2 * EARTH_RADIUS_KM * asin(Math.min(1, halfChord));
    }

    /**
     * Arc sine; below 0.01 (points less than about 127 km apart) by its series, whose first omitted term
     * is under 10^-17 of the result there: as exact as {@link Math#asin} and several times faster.
     */
    private static double asin(double x) {
        if (x >= 0.01) {
            return Math.asin(x);
        }
        double x2 = x * x;
        return x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (5.0 / 112))));
    }

    /**
     * Whether the point lies in a box around Région Provence-Alpes-Côte d'Azur (latitude 43.0 to 45.2,
     * longitude 4.2 to 7.8). A plausibility check to catch swapped or mistyped coordinates, not a border
     * test: the box also holds parts of Occitanie, Auvergne-Rhône-Alpes, Italy and the sea.
     */
    public boolean isInProvenceAlpesCoteDAzur() {
        return latitude >= 43.0 && latitude <= 45.2 && longitude >= 4.2 && longitude <= 7.8;
    }

    @Override
    public String toString() {
        return latitude + "," + longitude;
    }
}
