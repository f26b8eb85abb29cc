package org.symbiose.engine.matching;

import java.util.List;

/**
 * Several nearby companies sharing a need or a waste to collect.
 *
 * @param themeId id of the theme in the knowledge base
 * @param theme the theme's French title, as the output contract shows it
 * @param actors ids of the companies, at least the theme's minimum
 * @param flows ids of their flows concerned
 */
public record Mutualisation(
        int rank,
        double score,
        String themeId,
        String theme,
        String themeEn,
        List<String> actors,
        List<String> flows,
        List<String> reasonsFr,
        List<String> reasonsEn)
        implements Candidate {

    public Mutualisation {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
        actors = List.copyOf(actors);
        flows = List.copyOf(flows);
        reasonsFr = List.copyOf(reasonsFr);
        reasonsEn = List.copyOf(reasonsEn);
    }
}
