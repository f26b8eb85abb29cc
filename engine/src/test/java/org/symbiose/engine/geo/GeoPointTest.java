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
