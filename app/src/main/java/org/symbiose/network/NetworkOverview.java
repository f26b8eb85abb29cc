package org.symbiose.network;

import java.util.List;
import org.symbiose.impacts.ComputedFigures;
import org.symbiose.initiatives.Initiative;

/**
 * What the network's public home shows: its published initiatives with their computed figures, and
 * the sum over all of them.
 */
public record NetworkOverview(Network network, List<Entry> initiatives, ComputedFigures total) {

    /** One published initiative on the map and in the list. */
    public record Entry(Initiative initiative, ComputedFigures figures) {

        public Double latitude() {
            return initiative.location() == null
                    ? null
                    : initiative.location().point().latitude();
        }

        public Double longitude() {
            return initiative.location() == null
                    ? null
                    : initiative.location().point().longitude();
        }
    }

    public NetworkOverview {
        initiatives = List.copyOf(initiatives);
    }

    public int count() {
        return initiatives.size();
    }
}
