package org.symbiose.engine.matching;

import java.util.List;

/** The candidates of a run, best first, and the flows the engine could not read. */
public record MatchResult(List<Candidate> candidates, List<UnclassifiedFlow> unclassified, MatchStats stats) {

    public MatchResult {
        candidates = List.copyOf(candidates);
        unclassified = List.copyOf(unclassified);
    }

    public List<Substitution> substitutions() {
        return candidates.stream()
                .filter(Substitution.class::isInstance)
                .map(Substitution.class::cast)
                .toList();
    }

    public List<Mutualisation> mutualisations() {
        return candidates.stream()
                .filter(Mutualisation.class::isInstance)
                .map(Mutualisation.class::cast)
                .toList();
    }
}
