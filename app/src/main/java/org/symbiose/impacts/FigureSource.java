package org.symbiose.impacts;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * What one feature's records give to an initiative's computed figures. The feature that owns the
 * records implements it with its own repository's published queries: {@link FiguresService} reads no
 * other feature's table, and the features that call {@link FiguresService#forgetAll()} after a write
 * can do so without a dependency cycle (docs/decisions/0018-features-publish-their-queries.md).
 */
public interface FigureSource {

    /** The metrics this feature computes for one initiative, each with its value. */
    Map<Metric, BigDecimal> figures(InitiativeId initiativeId);

    /**
     * Ids of the initiative's companies this feature's records engage (diagnosed, participating,
     * attending); their union is {@link Metric#COMPANIES_ENGAGED}.
     */
    Set<CompanyId> engagedCompanies(InitiativeId initiativeId);
}
