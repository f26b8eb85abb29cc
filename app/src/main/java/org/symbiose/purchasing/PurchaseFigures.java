package org.symbiose.purchasing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
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
    public Map<Metric, BigDecimal> figures(long initiativeId) {
        return Map.of(Metric.GROUP_PURCHASES, BigDecimal.valueOf(purchases.count(initiativeId)));
    }

    @Override
    public Set<Long> engagedCompanies(long initiativeId) {
        return purchases.participatingCompanies(initiativeId);
    }
}
