package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.matching.search.Variety;

/**
 * With variety asked for, a supply's places go to the best company of each activity before a second
 * company of an activity already proposed, as long as the other activity comes within {@link
 * Variety#WINDOW} of the best.
 */
class VarietyTest {

    final Matcher matcher = new Matcher(SmallKnowledge.load());

    /** Four boilers that asked for biomass fuel near a sawmill, and a panel maker at {@code %s}° latitude. */
    static final String SAWMILL = """
            actor       | naf    | dir | resource              | qty | lat    | lon  | extra
            Scierie     | 16.10A | out | sciure de bois        | 100 | 43.100 | 5.90 |
            Chaufferie0 | 35.30Z | in  | combustible biomasse  | 50  | 43.110 | 5.90 |
            Chaufferie1 | 35.30Z | in  | combustible biomasse  | 50  | 43.120 | 5.90 |
            Chaufferie2 | 35.30Z | in  | combustible biomasse  | 50  | 43.130 | 5.90 |
            Chaufferie3 | 35.30Z | in  | combustible biomasse  | 50  | 43.140 | 5.90 |
            Panneaux    | 16.21Z | -   |                       |     | %s     | 5.90 |
            """;

    List<Substitution> best(String panelMakerLatitude, int topK) {
        return matcher.match(
                        Territories.parse(SAWMILL.formatted(panelMakerLatitude)),
                        MatchOptions.defaults().withTopK(topK).withVariety(true))
                .substitutions();
    }

    @Test
    void givesAPlaceToAnotherActivityBeforeAThirdBoiler() {
        var found = best("43.200", 3);

        assertThat(found)
                .extracting(Substitution::demandActor)
                .containsExactly("Chaufferie0", "Chaufferie1", "Panneaux");
        Substitution panels = found.get(2);
        assertThat(panels.isProspective()).isTrue();
        assertThat(panels.score())
                .as("the panel maker scores less than every boiler, but within the window of the best")
                .isLessThan(found.get(1).score())
                .isGreaterThanOrEqualTo(found.get(0).score() - Variety.WINDOW);
        assertThat(best("43.200", 1))
                .as("the first place is always the best proposal")
                .extracting(Substitution::demandActor)
                .containsExactly("Chaufferie0");
    }

    @Test
    void keepsTheBestWhenNoOtherActivityComesNear() {
        var all = best("43.800", 10);
        Substitution panels = all.get(all.size() - 1);
        assertThat(panels.demandActor()).isEqualTo("Panneaux");
        assertThat(panels.score())
                .as("78 km away, the panel maker falls out of the window")
                .isLessThan(all.get(0).score() - Variety.WINDOW);

        assertThat(best("43.800", 3))
                .extracting(Substitution::demandActor)
                .containsExactly("Chaufferie0", "Chaufferie1", "Chaufferie2");
    }

    @Test
    void withoutVarietyTheBestScoresTakeThePlaces() {
        var found = matcher.match(
                        Territories.parse(SAWMILL.formatted("43.200")),
                        MatchOptions.defaults().withTopK(3))
                .substitutions();
        assertThat(found)
                .extracting(Substitution::demandActor)
                .containsExactly("Chaufferie0", "Chaufferie1", "Chaufferie2");
    }

    @Test
    void aLargerTopAddsPlacesWithoutReorderingTheFirst() {
        var three = best("43.200", 3);
        var five = best("43.200", 5);

        assertThat(five).hasSize(5);
        assertThat(five)
                .extracting(Substitution::demandActor)
                .containsAll(three.stream().map(Substitution::demandActor).toList());
    }
}
