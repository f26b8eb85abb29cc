package org.symbiose.engine.matching;

import org.symbiose.engine.classify.Classification;

/**
 * A supply and a receiver the rules accepted, with what the score was made of.
 *
 * @param semantic how surely both sides are the resource, in [0, 1]
 * @param strength how established the way of use is, in [0, 1]
 * @param quantityFit how well the quantities agree, in [0, 1] (0.6 when unknown)
 * @param throughTrade a declared need kept with its company although the score is its trade's (see {@link
 *     SubstitutionRules#throughTrade}): the reasons say so
 */
public record Proposal(
        FlowFacts supply,
        Classification supplyFamily,
        Receiver receiver,
        Via via,
        double distanceKm,
        double limitKm,
        double semantic,
        double strength,
        double quantityFit,
        double score,
        boolean throughTrade) {

    /** A proposal scored on its own receiver, need or trade. */
    public Proposal(
            FlowFacts supply,
            Classification supplyFamily,
            Receiver receiver,
            Via via,
            double distanceKm,
            double limitKm,
            double semantic,
            double strength,
            double quantityFit,
            double score) {
        this(supply, supplyFamily, receiver, via, distanceKm, limitKm, semantic, strength, quantityFit, score, false);
    }

    public String receiverKey() {
        return receiver.actor().id();
    }
}
