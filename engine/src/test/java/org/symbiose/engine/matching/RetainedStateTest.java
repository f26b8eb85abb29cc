package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.generate.TerritoryGenerator;
import org.symbiose.engine.generate.TerritoryOptions;
import org.symbiose.engine.knowledge.KnowledgeBase;

/**
 * An application-wide matcher serves every request: what a run works out (its lookups per distance
 * limit) stays with the run, so that many distinct {@code max-distance-km} leave the matcher as it was.
 */
class RetainedStateTest {

    static final Dataset TERRITORY = TerritoryGenerator.standard().generate(TerritoryOptions.of(150, 11));

    @Test
    void manyDistinctDistanceLimitsDoNotGrowTheMatcher() {
        var matcher = new Matcher(KnowledgeBase.load());
        matcher.match(TERRITORY, MatchOptions.defaults());
        int retained = matcher.retainedEntries();
        assertThat(retained).isPositive();

        for (int i = 0; i < 40; i++) {
            var result = matcher.match(TERRITORY, MatchOptions.defaults().withMaxDistanceKm(1.0 + 0.37 * i));
            assertThat(result.substitutions()).isNotEmpty();
        }

        assertThat(matcher.retainedEntries()).isEqualTo(retained);
    }

    @Test
    void territoriesOfLabelsNeverSeenBeforeDoNotGrowTheMatcher() {
        var matcher = new Matcher(KnowledgeBase.load());
        matcher.match(TERRITORY, MatchOptions.defaults());
        int retained = matcher.retainedEntries();

        for (int seed = 100; seed < 112; seed++) {
            var territory = TerritoryGenerator.standard().generate(TerritoryOptions.of(120, seed));
            assertThat(matcher.match(territory, MatchOptions.defaults()).substitutions())
                    .isNotEmpty();
        }

        assertThat(matcher.retainedEntries()).isEqualTo(retained);
    }

    @Test
    void aMatcherThatServedOtherLimitsAnswersAsAFreshOne() {
        var used = new Matcher(KnowledgeBase.load());
        for (double km : new double[] {3, 40, 7.5, 12}) {
            used.match(TERRITORY, MatchOptions.defaults().withMaxDistanceKm(km));
        }
        var options = MatchOptions.defaults().withMaxDistanceKm(12.0).withVariety(true);

        var again = used.match(TERRITORY, options);
        var fresh = new Matcher(KnowledgeBase.load()).match(TERRITORY, options);

        assertThat(again.candidates()).isNotEmpty().isEqualTo(fresh.candidates());
        assertThat(again.refused()).isEqualTo(fresh.refused());
    }
}
