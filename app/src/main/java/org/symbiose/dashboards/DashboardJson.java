package org.symbiose.dashboards;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.ids.InitiativeId;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.synergies.SynergyStatus;

/**
 * A dashboard as the API writes it: numbers as plain JSON numbers, periods as "2024-Q1" or "2024"
 * with their last day, oldest first, the current period last.
 *
 * @param initiativeId null for the network
 * @param filter the filter applied, as its parameters ({@code from}, {@code to}, {@code kind}), empty for none
 */
record DashboardJson(InitiativeId initiativeId, Map<String, String> filter, String stepSize, List<PeriodJson> periods) {

    record PeriodJson(
            String period,
            String end,
            boolean current,
            Map<String, Long> synergiesByStatus,
            Map<String, Long> synergiesByKind,
            BigDecimal tonnesRealised,
            BigDecimal tonnesPotential,
            BigDecimal co2RealisedT,
            BigDecimal co2PotentialT,
            long diagnostics,
            long companiesEngaged) {}

    static DashboardJson of(InitiativeId initiativeId, Dashboard dashboard, DashboardFilter filter) {
        List<PeriodJson> periods = dashboard.points().stream()
                .map(p -> period(p, dashboard.isToday(p)))
                .toList();
        return new DashboardJson(
                initiativeId, filter.parameters(), dashboard.stepSize().name(), periods);
    }

    private static PeriodJson period(Point p, boolean current) {
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (SynergyStatus status : SynergyStatus.values()) {
            statuses.put(status.name(), p.status(status));
        }
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (SynergyKind kind : SynergyKind.values()) {
            kinds.put(kind.name(), p.kind(kind));
        }
        return new PeriodJson(
                p.step().key(),
                p.step().end().toString(),
                current,
                statuses,
                kinds,
                p.tonnesRealised(),
                p.tonnesPotential(),
                p.co2Realised(),
                p.co2Potential(),
                p.diagnostics(),
                p.companiesEngaged());
    }
}
