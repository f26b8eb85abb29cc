package org.symbiose.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.ids.SynergyId;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyChange;

/**
 * What a dashboard is computed from, read through the owning features' published methods: the
 * synergies with their recorded history, the dates of the flow diagnostics and the companies engaged
 * with their dates. The network's records are the published initiatives' put together (a company
 * belongs to one initiative, a synergy id is unique).
 *
 * @param changes each synergy's recorded changes by synergy id, oldest first (none for most imported ones)
 */
record Records(
        List<Synergy> synergies,
        List<LocalDate> diagnostics,
        List<Engagement> engagements,
        Map<SynergyId, List<SynergyChange>> changes) {

    static final Records NONE = new Records(List.of(), List.of(), List.of());

    Records {
        synergies = List.copyOf(synergies);
        diagnostics = List.copyOf(diagnostics);
        engagements = List.copyOf(engagements);
        changes = Map.copyOf(changes);
    }

    /** Records without any recorded history: every past status comes from the synergies' dates. */
    Records(List<Synergy> synergies, List<LocalDate> diagnostics, List<Engagement> engagements) {
        this(synergies, diagnostics, engagements, Map.of());
    }

    /** The recorded changes of one synergy, oldest first. */
    List<SynergyChange> changesOf(Synergy synergy) {
        return synergy.id() == null ? List.of() : changes.getOrDefault(synergy.id(), List.of());
    }

    Records plus(Records other) {
        var s = new ArrayList<>(synergies);
        s.addAll(other.synergies);
        var d = new ArrayList<>(diagnostics);
        d.addAll(other.diagnostics);
        var e = new ArrayList<>(engagements);
        e.addAll(other.engagements);
        var c = new HashMap<>(changes);
        c.putAll(other.changes);
        return new Records(s, d, e, c);
    }
}
