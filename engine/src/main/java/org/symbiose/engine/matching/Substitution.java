package org.symbiose.engine.matching;

import java.util.List;

/**
 * One's supply becoming another's input.
 *
 * @param demandFlow the receiver's declared need, null when the receiver was found through its activity
 *     (a prospective match)
 * @param distanceKm great-circle distance between the two sites, in km
 * @param quantityValue exchanged quantity per year in {@code quantityUnit} (the smaller of supply and need when
 *     both are known), null when unknown
 * @param quantityUnit e.g. "t/year", "m3/year", "MWh/year"; null with the value
 */
public record Substitution(
        int rank,
        double score,
        String supplyFlow,
        String supplyActor,
        String demandFlow,
        String demandActor,
        double distanceKm,
        Double quantityValue,
        String quantityUnit,
        PathwayRef pathway,
        List<String> reasonsFr,
        List<String> reasonsEn)
        implements Candidate {

    public Substitution {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
        reasonsFr = List.copyOf(reasonsFr);
        reasonsEn = List.copyOf(reasonsEn);
    }

    public boolean isProspective() {
        return demandFlow == null;
    }
}
