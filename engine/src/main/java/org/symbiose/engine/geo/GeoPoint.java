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
        double lat1 = Math.toRadians(latitude1);
        double lat2 = Math.toRadians(latitude2);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(longitude2 - longitude1);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
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
