package org.symbiose.dashboards;

import java.util.List;

/** An initiative's or the network's series, one point per time step, oldest first, the current last. */
public record Dashboard(StepSize stepSize, List<Point> points) {

    public Dashboard {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a dashboard has at least the current point");
        }
    }

    /** The current point: the figures as of now. */
    public Point current() {
        return points.get(points.size() - 1);
    }

    public boolean hasSynergies() {
        return current().synergies() > 0;
    }
}
