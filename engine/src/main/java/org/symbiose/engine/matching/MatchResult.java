package org.symbiose.engine.matching;

import java.util.Collections;
import java.util.List;

/**
 * The candidates of a run, best first, the flows the engine could not read, and what the rules of law and
 * safety refused (by rule, with an example: see {@link Refusal}). The candidates are not copied: the
 * matcher hands a list that writes each candidate's reasons when it is read.
 */
public record MatchResult(
        List<Candidate> candidates, List<UnclassifiedFlow> unclassified, MatchStats stats, List<Refusal> refused) {

    public MatchResult {
        candidates = candidates instanceof ExplainedCandidates ? candidates : Collections.unmodifiableList(candidates);
        unclassified = List.copyOf(unclassified);
        refused = List.copyOf(refused);
    }

    /**
     * The candidate at {@code index} (0 for the best) with its reasons in the languages asked only, the other
     * language's list empty; a list of candidates made by hand keeps all its reasons.
     */
    public Candidate candidate(int index, ReasonLanguages languages) {
        return candidates instanceof ExplainedCandidates explained
                ? explained.get(index, languages)
                : candidates.get(index);
    }

    /** See {@link ExplainedCandidates#sharedTexts}: none for a list of candidates made by hand. */
    public List<String> sharedTexts() {
        return candidates instanceof ExplainedCandidates explained ? explained.sharedTexts() : List.of();
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
