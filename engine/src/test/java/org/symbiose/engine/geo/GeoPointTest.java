package org.symbiose.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {

    private static final GeoPoint TOULON = GeoPoint.of(43.1242, 5.9280);
    private static final GeoPoint MARSEILLE = GeoPoint.of(43.2965, 5.3698);
    private static final GeoPoint PARIS = GeoPoint.of(48.8566, 2.3522);

    @Test
    void measuresGreatCircleDistancesInKilometres() {
        assertThat(TOULON.distanceKm(MARSEILLE)).isCloseTo(49.1, within(0.1));
        assertThat(PARIS.distanceKm(MARSEILLE)).isCloseTo(660.5, within(0.5));
        assertThat(MARSEILLE.distanceKm(TOULON)).isEqualTo(TOULON.distanceKm(MARSEILLE));
        assertThat(TOULON.distanceKm(TOULON)).isZero();
    }

    /** Short distances take a faster arc sine: they must agree with the textbook formula. */
    @Test
    void shortDistancesAgreeWithTheTextbookHaversine() {
        var random = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            double lat1 = -80 + 160 * random.nextDouble();
            double lon1 = -180 + 360 * random.nextDouble();
            double lat2 = Math.max(
                    -90, Math.min(90, lat1 + (random.nextDouble() - 0.5) * Math.pow(10, -4 * random.nextDouble())));
            double lon2 = lon1 + (random.nextDouble() - 0.5) * Math.pow(10, -4 * random.nextDouble());
            double p1 = Math.toRadians(lat1);
            double p2 = Math.toRadians(lat2);
            double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                    + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
            double textbook = 2 * GeoPoint.EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
            assertThat(GeoPoint.distanceKm(lat1, lon1, lat2, lon2))
                    .isCloseTo(textbook, within(1e-9 + textbook * 1e-12));
        }
    }

    /** The chord of two unit vectors gives the same distance as the haversine, near or far. */
    @Test
    void distancesBetweenUnitVectorsAreTheHaversineOnes() {
        var random = new java.util.Random(11);
        for (int i = 0; i < 100_000; i++) {
            double lat1 = -89 + 178 * random.nextDouble();
            double lon1 = -180 + 360 * random.nextDouble();
            double spread = Math.pow(10, 2 - 7 * random.nextDouble());
            double lat2 = Math.max(-90, Math.min(90, lat1 + (random.nextDouble() - 0.5) * spread));
            double lon2 = lon1 + (random.nextDouble() - 0.5) * spread;
            double[] a = GeoPoint.unitVector(lat1, lon1);
            double[] b = GeoPoint.unitVector(lat2, lon2);
            double haversine = GeoPoint.distanceKm(lat1, lon1, lat2, lon2);
            assertThat(GeoPoint.distanceKmBetween(a[0], a[1], a[2], b[0], b[1], b[2]))
                    .isCloseTo(haversine, within(1e-8 + haversine * 1e-10));
        }
        double[] toulon = GeoPoint.unitVector(TOULON.latitude(), TOULON.longitude());
        double[] marseille = GeoPoint.unitVector(MARSEILLE.latitude(), MARSEILLE.longitude());
        assertThat(GeoPoint.distanceKmBetween(
                        toulon[0], toulon[1], toulon[2], marseille[0], marseille[1], marseille[2]))
                .isCloseTo(49.1, within(0.1));
    }

    @Test
    void measuresAntipodesAsHalfTheEarthsCircumference() {
        assertThat(GeoPoint.of(0, 0).distanceKm(GeoPoint.of(0, 180))).isCloseTo(Math.PI * 6371.0088, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"90.0001, 0", "-91, 0", "0, 180.5", "0, -181", "NaN, 0", "0, Infinity"})
    void refusesCoordinatesOutOfRange(double latitude, double longitude) {
        assertThatThrownBy(() -> GeoPoint.of(latitude, longitude)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsPlausibleRegionalPointsFromSwappedOrDistantOnes() {
        assertThat(TOULON.isInProvenceAlpesCoteDAzur()).isTrue();
        assertThat(MARSEILLE.isInProvenceAlpesCoteDAzur()).isTrue();
        assertThat(PARIS.isInProvenceAlpesCoteDAzur()).isFalse();
        assertThat(GeoPoint.of(5.9280, 43.1242).isInProvenceAlpesCoteDAzur()).isFalse();
    }
}
