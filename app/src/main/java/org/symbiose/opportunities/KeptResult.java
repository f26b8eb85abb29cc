package org.symbiose.opportunities;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.symbiose.engine.matching.Candidate;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.ReasonLanguages;

/**
 * The result of an initiative's last run, kept in memory with the fingerprint of the data it was computed
 * from ({@link OpportunityService#currentFingerprint}): fresh while the fingerprint is the same.
 */
record KeptResult(
        String runId,
        int topK,
        Double maxDistanceKm,
        boolean variety,
        long fingerprint,
        Instant computedAt,
        MatchResult result,
        Directory directory,
        List<Opportunity> opportunities) {

    /** The day it was computed, in France. */
    public java.time.LocalDate computedOn() {
        return java.time.LocalDate.ofInstant(computedAt, Dismissal.FRANCE);
    }

    boolean answers(MatchOptions options) {
        return options.topK() == topK
                && options.variety() == variety
                && java.util.Objects.equals(options.maxDistanceKm(), maxDistanceKm);
    }

    /** The mutualisation groups, from the candidates read once when kept: not explained again at each call. */
    List<org.symbiose.engine.matching.Mutualisation> mutualisations() {
        return opportunities.stream()
                .map(Opportunity::candidate)
                .filter(org.symbiose.engine.matching.Mutualisation.class::isInstance)
                .map(org.symbiose.engine.matching.Mutualisation.class::cast)
                .toList();
    }

    Optional<Opportunity> find(String key) {
        return opportunities.stream().filter(o -> key.equals(o.key())).findFirst();
    }

    /** The proposal with its reasons in the reader's language only. */
    Candidate explained(Opportunity opportunity, Locale locale) {
        return "en".equals(locale.getLanguage())
                ? result.candidate(opportunity.index(), ReasonLanguages.EN)
                : opportunity.candidate(); // read in French when kept
    }
}
