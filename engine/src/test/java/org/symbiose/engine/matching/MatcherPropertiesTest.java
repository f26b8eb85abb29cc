package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.symbiose.engine.exchange.Dataset;

/** Invariants of matching over random small territories. */
class MatcherPropertiesTest {

    static final Matcher MATCHER = new Matcher(SmallKnowledge.load());
    static final List<String> LABELS = List.of(
            "out|sciure de bois",
            "out|palettes",
            "out|chaleur fatale",
            "out|fly ash",
            "out|solvants usagés",
            "in|combustible biomasse",
            "in|chaleur",
            "in|raw material for cement production",
            "in|EPI",
            "in|bois");
    static final List<String> NAF = List.of("16.10A", "35.30Z", "23.51Z", "10.71C", "45.20A", "01.13Z");

    @Provide
    Arbitrary<Dataset> territories() {
        Arbitrary<String> row = Combinators.combine(
                        Arbitraries.integers().between(0, 11),
                        Arbitraries.of(NAF),
                        Arbitraries.of(LABELS),
                        Arbitraries.integers().between(1, 500),
                        Arbitraries.doubles().between(43.0, 43.4),
                        Arbitraries.doubles().between(5.0, 5.6),
                        Arbitraries.integers().between(20, 120))
                .as((actor, naf, flow, qty, lat, lon, temp) -> {
                    String[] parts = flow.split("\\|");
                    return "A" + actor + "|" + naf + "|" + parts[0] + "|" + parts[1] + "|" + qty + "|" + lat + "|" + lon
                            + "|temp=" + temp;
                });
        return row.list().ofMinSize(2).ofMaxSize(30).map(MatcherPropertiesTest::table);
    }

    /** Each actor keeps the NAF code and place of its first row, as in a real dataset. */
    static Dataset table(List<String> rows) {
        Map<String, String[]> actors = new HashMap<>();
        List<String> lines = new ArrayList<>();
        lines.add("actor | naf | dir | resource | qty | lat | lon | extra");
        for (String row : rows) {
            String[] c = row.split("\\|");
            String[] first = actors.computeIfAbsent(c[0], a -> c);
            lines.add(String.join(" | ", c[0], first[1], c[2], c[3], c[4], first[5], first[6], c[7]));
        }
        return Territories.parse(String.join("\n", lines));
    }

    @Property(tries = 60)
    void indexedSearchFindsExactlyWhatComparingAllPairsFinds(@ForAll("territories") Dataset territory) {
        MatchResult indexed = MATCHER.match(territory, MatchOptions.defaults());
        MatchResult naive = MATCHER.matchNaively(territory, MatchOptions.defaults());
        assertThat(indexed.candidates()).isEqualTo(naive.candidates());
        assertThat(indexed.stats().candidatePairs())
                .isLessThanOrEqualTo(naive.stats().candidatePairs());
    }

    @Property(tries = 60)
    void scoresStayWithinZeroAndOneAndNobodyMatchesItself(@ForAll("territories") Dataset territory) {
        for (Candidate c : MATCHER.match(territory, MatchOptions.defaults()).candidates()) {
            assertThat(c.score()).isBetween(0.0, 1.0);
            if (c instanceof Substitution s) {
                assertThat(s.demandActor()).isNotEqualTo(s.supplyActor());
            }
        }
    }

    @Property(tries = 60)
    void topKIsHonouredForEverySupply(
            @ForAll("territories") Dataset territory, @ForAll @IntRange(min = 1, max = 4) int k) {
        Map<String, Integer> perSupply = new HashMap<>();
        for (Substitution s :
                MATCHER.match(territory, MatchOptions.defaults().withTopK(k)).substitutions()) {
            perSupply.merge(s.supplyFlow(), 1, Integer::sum);
        }
        assertThat(perSupply.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(k));
    }

    @Property(tries = 30)
    void sameInputGivesTheSameOutput(@ForAll("territories") Dataset territory) {
        assertThat(MATCHER.match(territory, MatchOptions.defaults()))
                .isEqualTo(MATCHER.match(territory, MatchOptions.defaults()));
    }

    @Property(tries = 30)
    void ranksRunFromOneInScoreOrder(@ForAll("territories") Dataset territory) {
        List<Candidate> candidates =
                MATCHER.match(territory, MatchOptions.defaults()).candidates();
        for (int i = 0; i < candidates.size(); i++) {
            assertThat(candidates.get(i).rank()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(candidates.get(i).score())
                        .isLessThanOrEqualTo(candidates.get(i - 1).score());
            }
        }
    }
}
