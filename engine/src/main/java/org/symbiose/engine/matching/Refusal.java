package org.symbiose.engine.matching;

/**
 * What a rule of law or safety refused in a run, or a pair gate that refuses a whole way of use (a hazardous
 * waste on a pathway that does not allow it, a temperature outside a pathway's range: {@link
 * PairGate#COUNTED}): how many times, and one example, so that a facilitator sees what the engine will not
 * propose and why.
 *
 * @param rule the rule's id ({@code catering-waste-not-to-feed}, {@code hazard-allowed})
 * @param count the (supply, way of use) pairs the rule refused: a way of use is a pathway, a declared
 *     need of the same resource or an activity that consumes it; a refused way of use counts once per
 *     supply, whatever number of receivers it would have reached
 * @param exampleSupplyFlow the first supply (in the dataset's order) the rule refused something to
 * @param exampleWay what was refused to it: a pathway's id, or {@code need:<family>} / {@code activity:<family>}
 */
public record Refusal(
        String rule,
        String reasonFr,
        String reasonEn,
        String sourceFr,
        String sourceEn,
        long count,
        String exampleSupplyFlow,
        String exampleWay) {}
