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

    /**
     * A ring's cells are the same whether the rings come in order (each row's cursors stepping one column
     * outwards) or the ring is asked on its own (each row searched), for points inside the items' area and
     * far outside it, and after items were taken out.
     */
    @Property(tries = 200)
    void ringsWalkedInOrderHoldTheCellsOfEachRingAskedAlone(
            @ForAll @IntRange(min = 1, max = 400) int items,
            @ForAll @DoubleRange(min = 0.5, max = 80) double radiusKm,
            @ForAll @DoubleRange(min = 0.001, max = 2) @net.jqwik.api.constraints.Scale(4) double spreadDegrees,
            @ForAll @DoubleRange(min = -3, max = 3) double offsetDegrees,
            @ForAll boolean removeSome,
            @ForAll long seed) {
        var random = new Random(seed);
        var grid = new GeoGrid<Integer>();
        for (int i = 0; i < items; i++) {
            grid.add(
                    43 + (random.nextDouble() - 0.5) * spreadDegrees,
                    5 + (random.nextDouble() - 0.5) * spreadDegrees,
                    i,
                    i);
        }
        if (removeSome) {
            for (int i = 0; i < items; i += 3) {
                grid.removeTagged(i);
            }
        }
        double lat = 43 + offsetDegrees * random.nextDouble();
        double lon = 5 + offsetDegrees * (random.nextDouble() - 0.5) * 2;
        GridWindow inOrder = grid.window(lat, lon, radiusKm);
        if (inOrder == null) {
            return;
        }
        var walked = new GeoGrid.Cells();
        var alone = new GeoGrid.Cells();
        for (int ring = 0; ring <= inOrder.lastRing(); ring++) {
            grid.ringCells(inOrder, ring, walked);
            grid.ringCells(grid.window(lat, lon, radiusKm), ring, alone);
            assertThat(ranges(walked)).as("ring %d", ring).isEqualTo(ranges(alone));
        }
    }

    private static List<String> ranges(GeoGrid.Cells cells) {
        List<String> ranges = new ArrayList<>();
        for (int k = 0; k < cells.size; k++) {
            ranges.add(cells.from[k] + ".." + cells.to[k]);
        }
        return ranges;
    }
}
