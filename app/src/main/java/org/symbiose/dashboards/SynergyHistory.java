package org.symbiose.dashboards;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyChange;
import org.symbiose.synergies.SynergyQuantity;
import org.symbiose.synergies.SynergyService;
import org.symbiose.synergies.SynergyStatus;

/**
 * A synergy's status and measured quantity on any past date. The synergy's history ({@code
 * synergy_change}, published by {@code synergies}) tells both: after its first recorded move the status
 * is the one the last move on or before the day led to, and the measured quantity is the one the last
 * edit on or before the day recorded (before the first edit: what that edit replaced). Before the
 * history begins, or for a synergy without one (the demo's, imported ones), the status comes from its
 * dates (identified, started, realised, abandoned): only the stages that lead to the status it had when
 * its recorded history begins count; a stage without a date counts from the stage before it (a realised
 * synergy with no date of realisation was realised when it started). A synergy without any date and
 * without history is undated and counts only in the current point.
 */
final class SynergyHistory {

    private record Stage(SynergyStatus status, LocalDate from) {}

    private record Dated<T>(LocalDate on, T from, T to) {}

    private final List<Stage> stages;
    private final List<Dated<SynergyStatus>> moves;
    private final List<Dated<SynergyQuantity>> measures;
    private final SynergyQuantity current;

    private SynergyHistory(
            List<Stage> stages,
            List<Dated<SynergyStatus>> moves,
            List<Dated<SynergyQuantity>> measures,
            SynergyQuantity current) {
        this.stages = stages;
        this.moves = moves;
        this.measures = measures;
        this.current = current;
    }

    /** From the synergy's dates only, as if it had no recorded history. */
    static SynergyHistory of(Synergy s) {
        return of(s, List.of(), ZoneId.of("UTC"));
    }

    /**
     * @param changes the synergy's recorded changes, oldest first
     * @param zone the zone in which a change's instant falls on a day (the application clock's)
     */
    static SynergyHistory of(Synergy s, List<SynergyChange> changes, ZoneId zone) {
        List<Dated<SynergyStatus>> moves = new ArrayList<>();
        List<Dated<SynergyQuantity>> measures = new ArrayList<>();
        LocalDate created = null;
        for (SynergyChange change : changes) {
            LocalDate on = LocalDate.ofInstant(change.happenedAt(), zone);
            switch (change.field()) {
                case CREATED_BY_HAND, CREATED_FROM_PROPOSAL -> created = created == null ? on : created;
                case STATUS -> moves.add(new Dated<>(on, status(change.from()), status(change.to())));
                case MEASURED -> measures.add(new Dated<>(on, quantity(change.from()), quantity(change.to())));
                default -> {}
            }
        }
        moves.removeIf(m -> m.from() == null || m.to() == null);
        SynergyStatus before = moves.isEmpty() ? s.status() : moves.get(0).from();
        LocalDate identified = s.identifiedOn() != null ? s.identifiedOn() : created;
        return new SynergyHistory(
                stages(before, identified, s), List.copyOf(moves), List.copyOf(measures), measuredNow(s));
    }

    /** The stages from the synergy's dates that lead to {@code status}. */
    private static List<Stage> stages(SynergyStatus status, LocalDate identified, Synergy s) {
        List<SynergyStatus> statuses = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        statuses.add(SynergyStatus.PERSPECTIVE);
        dates.add(identified);
        switch (status) {
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
            return List.of();
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
        return List.copyOf(stages);
    }

    boolean isDated() {
        return identifiedOn() != null;
    }

    /** The first date it was known at all, null when undated. */
    LocalDate identifiedOn() {
        LocalDate fromDates = stages.isEmpty() ? null : stages.get(0).from();
        LocalDate firstMove = moves.isEmpty() ? null : moves.get(0).on();
        if (fromDates == null || (firstMove != null && firstMove.isBefore(fromDates))) {
            return firstMove;
        }
        return fromDates;
    }

    /** Its status at the end of that day, null when it was not identified yet (or is undated). */
    SynergyStatus statusOn(LocalDate day) {
        SynergyStatus moved = null;
        for (Dated<SynergyStatus> move : moves) {
            if (!move.on().isAfter(day)) {
                moved = move.to();
            }
        }
        if (moved != null) {
            return moved;
        }
        SynergyStatus status = null;
        for (Stage stage : stages) {
            if (!stage.from().isAfter(day)) {
                status = stage.status();
            }
        }
        return status;
    }

    /** The quantity measured as it was recorded at the end of that day; null when none was. */
    SynergyQuantity measuredOn(LocalDate day) {
        if (measures.isEmpty()) {
            return current;
        }
        SynergyQuantity measured = measures.get(0).from();
        for (Dated<SynergyQuantity> measure : measures) {
            if (!measure.on().isAfter(day)) {
                measured = measure.to();
            }
        }
        return measured;
    }

    /** The quantity measured now: the synergy's own. */
    static SynergyQuantity measuredNow(Synergy s) {
        return s.quantity() == null ? null : new SynergyQuantity(s.quantity(), s.unit(), s.period());
    }

    /** A recorded status, null when the history holds a name this version does not know. */
    private static SynergyStatus status(String name) {
        if (name == null) {
            return null;
        }
        for (SynergyStatus status : SynergyStatus.values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }

    private static SynergyQuantity quantity(String recorded) {
        return recorded == null ? null : SynergyService.quantityOf(recorded);
    }
}
