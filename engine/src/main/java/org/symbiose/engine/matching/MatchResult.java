package org.symbiose.engine.matching;

import java.util.Collections;
import java.util.List;

/**
 * The candidates of a run, best first, and the flows the engine could not read. The candidates are not
 * copied: the matcher hands a list that writes each candidate's reasons when it is read.
 */
public record MatchResult(List<Candidate> candidates, List<UnclassifiedFlow> unclassified, MatchStats stats) {

    public MatchResult {
        candidates = Collections.unmodifiableList(candidates);
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
