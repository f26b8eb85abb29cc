package org.symbiose.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyStatus;

/**
 * A synergy's status on any past date, from its dates (identified, started, realised, abandoned).
 * Only the stages that lead to its current status count; a stage without a date counts from the
 * stage before it (a realised synergy with no date of realisation was realised when it started), a
 * synergy without any date is undated and counts only in the current point.
 */
final class SynergyHistory {

    private record Stage(SynergyStatus status, LocalDate from) {}

    private final List<Stage> stages;

    private SynergyHistory(List<Stage> stages) {
        this.stages = stages;
    }

    static SynergyHistory of(Synergy s) {
        List<SynergyStatus> statuses = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        statuses.add(SynergyStatus.PERSPECTIVE);
        dates.add(s.identifiedOn());
        switch (s.status()) {
            case PERSPECTIVE -> {}
            case IN_PROGRESS -> {
                statuses.add(SynergyStatus.IN_PROGRESS);
                dates.add(s.startedOn());
            }
            case REALISED -> {
                statuses.add(SynergyStatus.IN_PROGRESS);
                dates.add(s.startedOn());
                statuses.add(SynergyStatus.REALISED);
                dates.add(s.realisedOn());
            }
            case ABANDONED -> {
                if (s.startedOn() != null) {
                    statuses.add(SynergyStatus.IN_PROGRESS);
                    dates.add(s.startedOn());
                }
                statuses.add(SynergyStatus.ABANDONED);
                dates.add(s.abandonedOn());
            }
        }
        LocalDate first =
                dates.stream().filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return new SynergyHistory(List.of());
        }
        List<Stage> stages = new ArrayList<>();
        LocalDate running = first;
        for (int i = 0; i < statuses.size(); i++) {
            LocalDate d = dates.get(i);
            if (d != null && d.isAfter(running)) {
                running = d;
            }
            stages.add(new Stage(statuses.get(i), running));
        }
        return new SynergyHistory(List.copyOf(stages));
    }

    boolean isDated() {
        return !stages.isEmpty();
    }

    /** The first date it was known at all, null when undated. */
    LocalDate identifiedOn() {
        return stages.isEmpty() ? null : stages.get(0).from();
    }

    /** Its status at the end of that day, null when it was not identified yet (or is undated). */
    SynergyStatus statusOn(LocalDate day) {
        SynergyStatus status = null;
        for (Stage stage : stages) {
            if (!stage.from().isAfter(day)) {
                status = stage.status();
            }
        }
        return status;
    }
}
