package org.symbiose.flows;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FigureSource;
import org.symbiose.impacts.Metric;

/** The flow diagnostics' part of the computed figures (docs/methodology.md). */
@Component
class DiagnosticFigures implements FigureSource {

    private final FlowRepository flows;

    DiagnosticFigures(FlowRepository flows) {
        this.flows = flows;
    }

    @Override
    public Map<Metric, BigDecimal> figures(InitiativeId initiativeId) {
        var values = new EnumMap<Metric, BigDecimal>(Metric.class);
        values.put(Metric.DIAGNOSTICS, BigDecimal.valueOf(flows.countDiagnostics(initiativeId)));
        values.put(
                Metric.DIAGNOSTICS_FULL, BigDecimal.valueOf(flows.countDiagnostics(initiativeId, DiagnosticKind.FULL)));
        values.put(
                Metric.DIAGNOSTICS_FLASH,
                BigDecimal.valueOf(flows.countDiagnostics(initiativeId, DiagnosticKind.FLASH)));
        values.put(
                Metric.DIAGNOSTICS_BIOWASTE,
                BigDecimal.valueOf(flows.countDiagnosticsOnTheme(initiativeId, "BIOWASTE")));
        values.put(
                Metric.DIAGNOSTICS_PALLETS, BigDecimal.valueOf(flows.countDiagnosticsOnTheme(initiativeId, "PALLETS")));
        return values;
    }

    @Override
    public Set<CompanyId> engagedCompanies(InitiativeId initiativeId) {
        return flows.diagnosedCompanies(initiativeId);
    }
}
