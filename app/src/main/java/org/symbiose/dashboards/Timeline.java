package org.symbiose.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.symbiose.ids.CompanyId;
import org.symbiose.impacts.Tonnage;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.synergies.SynergyQuantity;
import org.symbiose.synergies.SynergyStatus;

/**
 * Computes a dashboard's series from its records (docs/methodology.md, "Dashboards"): one point per
 * quarter (per year when the records span more than five years) from the first dated record to
 * today, each counted as of the step's last day, every synergy in the status and with the measured
 * quantity its history gives for that day ({@link SynergyHistory}); the current point counts every record as it is now,
 * dated or not, so it equals the figures the sheet computes.
 */
final class Timeline {

    /** Beyond this span the steps are years. */
    static final int QUARTERS_UP_TO_YEARS = 5;

    /** The oldest year shown: twenty years of steps at most; earlier records count in the first. */
    static final int MAX_YEARS = 20;

    private static final Set<SynergyStatus> POTENTIAL =
            Set.of(SynergyStatus.PERSPECTIVE, SynergyStatus.IN_PROGRESS, SynergyStatus.REALISED);

    private Timeline() {}

    /** The series as of today, the recorded changes' instants read in UTC (tests). */
    static Dashboard of(Records records, LocalDate today) {
        return of(records, today, ZoneOffset.UTC);
    }

    /**
     * @param zone the zone in which a recorded change's instant falls on a day: the clock's that dates
     *     the synergies' moves
     */
    static Dashboard of(Records records, LocalDate today, ZoneId zone) {
        return of(records, today, zone, null, null);
    }

    /**
     * The series over a period: from the step holding {@code from} (the first record when null) to the
     * step holding {@code to}, whose point counts as of {@code to} (today's point, the current one, when
     * {@code to} is null or not before today).
     */
    static Dashboard of(Records records, LocalDate today, ZoneId zone, LocalDate from, LocalDate to) {
        Map<Synergy, SynergyHistory> histories = new IdentityHashMap<>();
        records.synergies().forEach(s -> histories.put(s, SynergyHistory.of(s, records.changesOf(s), zone)));
        Map<CompanyId, LocalDate> firstEngaged = firstEngagements(records, histories);
        LocalDate end = to != null && to.isBefore(today) ? to : today;
        LocalDate first = from != null
                ? from
                : Stream.concat(
                                Stream.concat(
                                        histories.values().stream().map(SynergyHistory::identifiedOn),
                                        records.diagnostics().stream()),
                                firstEngaged.values().stream())
                        .filter(d -> d != null && !d.isAfter(today))
                        .min(LocalDate::compareTo)
                        .orElse(today);
        if (first.isAfter(end)) {
            first = end;
        }
        StepSize size = first.isBefore(end.minusYears(QUARTERS_UP_TO_YEARS)) ? StepSize.YEAR : StepSize.QUARTER;
        if (first.getYear() < end.getYear() - MAX_YEARS + 1) {
            first = LocalDate.of(end.getYear() - MAX_YEARS + 1, 1, 1);
        }
        boolean endsToday = end.equals(today);
        TimeStep last = TimeStep.of(end, size);
        List<Point> points = new ArrayList<>();
        for (TimeStep step = TimeStep.of(first, size); !step.equals(last); step = step.next()) {
            points.add(pointOn(step, step.end(), records, histories, firstEngaged));
        }
        points.add(
                endsToday
                        ? current(last, records, firstEngaged)
                        : pointOn(last, end, records, histories, firstEngaged));
        return new Dashboard(size, points, endsToday);
    }

    private static Point pointOn(
            TimeStep step,
            LocalDate day,
            Records records,
            Map<Synergy, SynergyHistory> histories,
            Map<CompanyId, LocalDate> firstEngaged) {
        var figures = new SynergyFiguresOn();
        for (Synergy s : records.synergies()) {
            SynergyHistory history = histories.get(s);
            figures.add(s, history.statusOn(day), history.measuredOn(day));
        }
        long diagnostics =
                records.diagnostics().stream().filter(d -> !d.isAfter(day)).count();
        long engaged = firstEngaged.values().stream()
                .filter(d -> d != null && !d.isAfter(day))
                .count();
        return figures.point(step, diagnostics, engaged);
    }

    private static Point current(TimeStep step, Records records, Map<CompanyId, LocalDate> firstEngaged) {
        var figures = new SynergyFiguresOn();
        for (Synergy s : records.synergies()) {
            figures.add(s, s.status(), SynergyHistory.measuredNow(s));
        }
        return figures.point(step, records.diagnostics().size(), firstEngaged.size());
    }

    /** Each engaged company's first dated engagement; null when all its engagements are undated. */
    private static Map<CompanyId, LocalDate> firstEngagements(Records records, Map<Synergy, SynergyHistory> histories) {
        Map<CompanyId, LocalDate> first = new HashMap<>();
        List<Engagement> all = new ArrayList<>(records.engagements());
        for (Synergy s : records.synergies()) {
            for (CompanyId company : s.participantIds()) {
                all.add(new Engagement(company, histories.get(s).identifiedOn()));
            }
        }
        for (Engagement e : all) {
            first.merge(e.companyId(), e.on() == null ? LocalDate.MAX : e.on(), (a, b) -> a.isBefore(b) ? a : b);
        }
        first.replaceAll((company, day) -> day.equals(LocalDate.MAX) ? null : day);
        return first;
    }

    /** The synergy figures of one point, added up synergy by synergy. */
    private static final class SynergyFiguresOn {
        final Map<SynergyStatus, Long> byStatus = new EnumMap<>(SynergyStatus.class);
        final Map<SynergyKind, Long> byKind = new EnumMap<>(SynergyKind.class);
        BigDecimal tonnesRealised = BigDecimal.ZERO;
        BigDecimal tonnesPotential = BigDecimal.ZERO;
        BigDecimal co2Realised = BigDecimal.ZERO;
        BigDecimal co2Potential = BigDecimal.ZERO;

        SynergyFiguresOn() {
            for (SynergyStatus status : SynergyStatus.values()) {
                byStatus.put(status, 0L);
            }
            for (SynergyKind kind : SynergyKind.values()) {
                byKind.put(kind, 0L);
            }
        }

        /** Adds a synergy as it was: its status and measured quantity on the point's day. */
        void add(Synergy s, SynergyStatus status, SynergyQuantity measured) {
            if (status == null) {
                return;
            }
            byStatus.merge(status, 1L, Long::sum);
            byKind.merge(s.kind(), 1L, Long::sum);
            BigDecimal tonnes = measured == null
                    ? BigDecimal.ZERO
                    : Tonnage.perYear(measured.value(), measured.unit(), measured.period());
            BigDecimal co2 = s.co2AvoidedT() == null ? BigDecimal.ZERO : s.co2AvoidedT();
            if (POTENTIAL.contains(status)) {
                tonnesPotential = tonnesPotential.add(tonnes);
                co2Potential = co2Potential.add(co2);
            }
            if (status == SynergyStatus.REALISED) {
                tonnesRealised = tonnesRealised.add(tonnes);
                co2Realised = co2Realised.add(co2);
            }
        }

        Point point(TimeStep step, long diagnostics, long engaged) {
            return new Point(
                    step,
                    byStatus,
                    byKind,
                    plain(tonnesRealised),
                    plain(tonnesPotential),
                    plain(co2Realised),
                    plain(co2Potential),
                    diagnostics,
                    engaged);
        }
    }

    /** Without trailing zeros and never in exponent notation (16000, not 1.6E+4), for the API's JSON. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
