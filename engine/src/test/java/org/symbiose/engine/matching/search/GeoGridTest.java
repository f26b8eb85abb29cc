package org.symbiose.engine.matching.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.symbiose.engine.geo.GeoPoint;

class GeoGridTest {

    /**
     * Walking rings outwards visits every item within the radius exactly once, and nothing in a ring lies
     * nearer than the floor the search trusts for that ring (what lets it stop early).
     */
    @Property(tries = 200)
    void ringsVisitEveryItemInReachOnceAndNoneNearerThanTheirFloor(
            @ForAll @IntRange(min = 1, max = 400) int items,
            @ForAll @DoubleRange(min = 0.5, max = 80) double radiusKm,
            @ForAll @DoubleRange(min = 0.001, max = 2) @net.jqwik.api.constraints.Scale(4) double spreadDegrees,
            @ForAll long seed) {
        var random = new Random(seed);
        double lat0 = 43 + random.nextDouble();
        double lon0 = 5 + random.nextDouble();
        var grid = new GeoGrid<double[]>();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            double[] p = {
                lat0 + (random.nextDouble() - 0.5) * spreadDegrees, lon0 + (random.nextDouble() - 0.5) * spreadDegrees
            };
            points.add(p);
            grid.add(p[0], p[1], p, i);
        }
        double lat = lat0 + (random.nextDouble() - 0.5) * spreadDegrees;
        double lon = lon0 + (random.nextDouble() - 0.5) * spreadDegrees;
        Set<Integer> visited = new HashSet<>();
        GridWindow window = grid.window(lat, lon, radiusKm);
        var cells = new GeoGrid.Cells();
        for (int ring = 0; window != null && ring <= window.lastRing(); ring++) {
            double floor = window.minDistanceKmFromRing(ring);
            grid.ringCells(window, ring, cells);
            for (int k = 0; k < cells.size; k++) {
                for (int i = cells.from[k]; i < cells.to[k]; i++) {
                    double[] p = grid.item(i);
                    assertThat(GeoPoint.distanceKm(lat, lon, p[0], p[1])).isGreaterThanOrEqualTo(floor);
                    assertThat(visited.add(grid.tag(i))).isTrue();
                }
            }
        }
        for (int i = 0; i < items; i++) {
            double[] p = points.get(i);
            if (GeoPoint.distanceKm(lat, lon, p[0], p[1]) <= radiusKm) {
                assertThat(visited).contains(i);
            }
        }
    }
}
