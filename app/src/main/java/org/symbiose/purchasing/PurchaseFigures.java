package org.symbiose.purchasing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FigureSource;
import org.symbiose.impacts.Metric;

/** The group purchases' part of the computed figures (docs/methodology.md). */
@Component
class PurchaseFigures implements FigureSource {

    private final GroupPurchaseRepository purchases;

    PurchaseFigures(GroupPurchaseRepository purchases) {
        this.purchases = purchases;
    }

    @Override
    public Map<Metric, BigDecimal> figures(InitiativeId initiativeId) {
        return Map.of(Metric.GROUP_PURCHASES, BigDecimal.valueOf(purchases.count(initiativeId)));
    }

    @Override
    public Set<CompanyId> engagedCompanies(InitiativeId initiativeId) {
        return purchases.participatingCompanies(initiativeId);
    }
}
