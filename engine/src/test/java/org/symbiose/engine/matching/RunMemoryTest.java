package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.generate.TerritoryGenerator;
import org.symbiose.engine.generate.TerritoryOptions;
import org.symbiose.engine.knowledge.KnowledgeBase;

/**
 * A run remembers the sentences its candidates share: whatever the order the candidates are read in, and
 * whatever the languages asked from one read to the next, each candidate's reasons are those it has alone.
 */
class RunMemoryTest {

    private static final Matcher MATCHER = new Matcher(KnowledgeBase.load());

    @Test
    void reasonsDoNotDependOnWhichCandidatesWereReadBeforeNorInWhichLanguages() {
        var territory = TerritoryGenerator.standard().generate(TerritoryOptions.of(300, 9));
        MatchResult inOrder = MATCHER.match(territory, MatchOptions.defaults());
        MatchResult backwards = MATCHER.match(territory, MatchOptions.defaults());
        int size = inOrder.candidates().size();
        assertThat(size).isGreaterThan(500);

        List<Candidate> expected = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            expected.add(inOrder.candidate(i, ReasonLanguages.BOTH));
        }
        // Backwards, one language then the other then both, on every core: the memory fills in another order.
        IntStream.range(0, size).parallel().forEach(i -> backwards.candidate(size - 1 - i, ReasonLanguages.FR));
        for (int i = size - 1; i >= 0; i--) {
            Candidate french = backwards.candidate(i, ReasonLanguages.FR);
            Candidate english = backwards.candidate(i, ReasonLanguages.EN);
            Candidate both = backwards.candidate(i, ReasonLanguages.BOTH);

            assertThat(both).as("candidate %d", i).isEqualTo(expected.get(i));
            assertThat(reasons(french, true)).isEqualTo(reasons(expected.get(i), true));
            assertThat(reasons(french, false)).isEmpty();
            assertThat(reasons(english, false)).isEqualTo(reasons(expected.get(i), false));
            assertThat(reasons(english, true)).isEmpty();
        }
    }

    private static List<String> reasons(Candidate candidate, boolean french) {
        return french ? candidate.reasonsFr() : candidate.reasonsEn();
    }
}
