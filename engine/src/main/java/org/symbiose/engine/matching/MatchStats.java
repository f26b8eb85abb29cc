package org.symbiose.engine.matching;

/**
 * What a matching run did, for benchmarks and progress reports.
 *
 * @param candidatePairs (supply, receiver) pairs examined by the rules after indexing by family and space
 * @param rejectedPairs pairs a rule rejected (distance, temperature, hazard, availability)
 */
public record MatchStats(
        int actors,
        int flows,
        int classifiedFlows,
        long candidatePairs,
        long rejectedPairs,
        int substitutions,
        int mutualisations) {}
