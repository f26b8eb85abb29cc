package org.symbiose.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.symbiose.synergies.Synergy;

/**
 * What a dashboard is computed from, read through the owning features' published methods: the
 * synergies, the dates of the flow diagnostics and the companies engaged with their dates. The
 * network's records are the published initiatives' put together (a company belongs to one initiative).
 */
record Records(List<Synergy> synergies, List<LocalDate> diagnostics, List<Engagement> engagements) {

    static final Records NONE = new Records(List.of(), List.of(), List.of());

    Records {
        synergies = List.copyOf(synergies);
        diagnostics = List.copyOf(diagnostics);
        engagements = List.copyOf(engagements);
    }

    Records plus(Records other) {
        var s = new ArrayList<>(synergies);
        s.addAll(other.synergies);
        var d = new ArrayList<>(diagnostics);
        d.addAll(other.diagnostics);
        var e = new ArrayList<>(engagements);
        e.addAll(other.engagements);
        return new Records(s, d, e);
    }
}
