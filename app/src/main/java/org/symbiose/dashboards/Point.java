package org.symbiose.dashboards;

import java.math.BigDecimal;
import java.util.Map;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.synergies.SynergyStatus;

/**
 * The figures of one time step, as of its last day (the current step: as of now, every record
 * counted, so that it equals the computed figures of docs/methodology.md).
 *
 * @param byStatus synergies in each status at the end of the step
 * @param byKind synergies identified by then, whatever their status, by kind
 * @param tonnesRealised tonnes per year of the synergies realised by then
 * @param tonnesPotential tonnes per year of the synergies en perspective, en cours or réalisées then
 * @param co2Realised tCO2e per year avoided by the synergies realised by then
 * @param co2Potential tCO2e per year of the synergies en perspective, en cours or réalisées then
 * @param diagnostics flow diagnostics done by then
 * @param companiesEngaged companies engaged by then (first diagnostic, synergy, event or purchase)
 */
public record Point(
        TimeStep step,
        Map<SynergyStatus, Long> byStatus,
        Map<SynergyKind, Long> byKind,
        BigDecimal tonnesRealised,
        BigDecimal tonnesPotential,
        BigDecimal co2Realised,
        BigDecimal co2Potential,
        long diagnostics,
        long companiesEngaged) {

    public Point {
        byStatus = Map.copyOf(byStatus);
        byKind = Map.copyOf(byKind);
    }

    public long status(SynergyStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long kind(SynergyKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }

    public long synergies() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
