package org.symbiose.synergies;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FigureSource;
import org.symbiose.impacts.Metric;
import org.symbiose.impacts.Tonnage;

/** The synergies' part of the computed figures (docs/methodology.md), from the repository's queries. */
@Component
class SynergyFigures implements FigureSource {

    private final SynergyRepository synergies;

    SynergyFigures(SynergyRepository synergies) {
        this.synergies = synergies;
    }

    @Override
    public Map<Metric, BigDecimal> figures(InitiativeId initiativeId) {
        var values = new EnumMap<Metric, BigDecimal>(Metric.class);
        values.put(Metric.SYNERGIES_IDENTIFIED, BigDecimal.valueOf(synergies.count(initiativeId)));
        values.put(
                Metric.SYNERGIES_REALISED,
                BigDecimal.valueOf(synergies.countByStatus(initiativeId, SynergyStatus.REALISED)));
        values.put(
                Metric.SYNERGIES_IN_PROGRESS,
                BigDecimal.valueOf(synergies.countByStatus(initiativeId, SynergyStatus.IN_PROGRESS)));
        BigDecimal tonnes = BigDecimal.ZERO;
        for (SynergyQuantity q : synergies.quantities(initiativeId, SynergyStatus.REALISED)) {
            tonnes = tonnes.add(Tonnage.perYear(q.value(), q.unit(), q.period()));
        }
        values.put(Metric.TONNES_VALORISED, tonnes.stripTrailingZeros());
        values.put(
                Metric.CO2_AVOIDED_T,
                synergies.sumCo2AvoidedT(initiativeId, SynergyStatus.REALISED).stripTrailingZeros());
        return values;
    }

    @Override
    public Set<CompanyId> engagedCompanies(InitiativeId initiativeId) {
        return synergies.participantCompanies(initiativeId);
    }
}
