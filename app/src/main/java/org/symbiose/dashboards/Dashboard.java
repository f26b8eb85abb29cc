package org.symbiose.dashboards;

import java.util.List;

/**
 * An initiative's or the network's series, one point per time step, oldest first.
 *
 * @param endsToday whether the last point is today's (the current figures); false when a filter's
 *     period ends before today, the last point then counting as of that period's last day
 */
public record Dashboard(StepSize stepSize, List<Point> points, boolean endsToday) {

    public Dashboard {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a dashboard has at least the current point");
        }
    }

    /** Series up to today. */
    public Dashboard(StepSize stepSize, List<Point> points) {
        this(stepSize, points, true);
    }

    /** The last point: the figures as of now (as of the period's end when it ends before today). */
    public Point current() {
        return points.get(points.size() - 1);
    }

    /** Whether this point is today's: the one the tables title "Aujourd'hui". */
    public boolean isToday(Point point) {
        return endsToday && point == current();
    }

    public boolean hasSynergies() {
        return current().synergies() > 0;
    }
}
