package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A receiver known by its activity text alone is found, and the reasons say how its activity was read. */
class ActivityReasonsTest {

    final Matcher matcher = new Matcher(SmallKnowledge.load());

    List<Substitution> match(String table) {
        return matcher.match(Territories.parse(table), MatchOptions.defaults()).substitutions();
    }

    @Test
    void findsACementWorksByItsActivityAndSaysHowItWasRead() {
        var found = match("""
                actor        | naf    | dir | resource | qty   | lat   | lon  | extra
                Centrale     | 35.11Z | out | fly ash  | 40000 | 43.40 | 4.90 |
                Ciments      |        | -   |          |       | 43.45 | 4.95 | activity=Cement_works
                Pepiniere    |        | -   |          |       | 43.41 | 4.91 | activity=Power_plant_nursery_ND
                """);

        assertThat(found).extracting(Substitution::demandActor).containsExactly("Ciments");
        assertThat(found.get(0).reasonsFr())
                .contains("Activité «\u00a0Cement works\u00a0» lue comme 23.51 Fabrication de ciment, confiance 1");
        assertThat(found.get(0).reasonsEn())
                .contains("Activity \u201cCement works\u201d read as 23.51 Manufacture of cement, confidence 1");
    }

    @Test
    void aGivenCodeWinsAndTheReasonsTellTheDisagreement() {
        var found = match("""
                actor        | naf    | dir | resource | qty   | lat   | lon  | extra
                Centrale     | 35.11Z | out | fly ash  | 40000 | 43.40 | 4.90 |
                Ciments      | 23.51Z | -   |          |       | 43.45 | 4.95 | activity=Alcohol_production
                """);

        assertThat(found).extracting(Substitution::demandActor).containsExactly("Ciments");
        assertThat(found.get(0).reasonsFr())
                .anySatisfy(r -> assertThat(r)
                        .startsWith(
                                "NAF 23.51Z déclaré\u00a0; l'activité «\u00a0Alcohol production\u00a0» se lirait 11.01")
                        .endsWith("\u00a0: le code déclaré est retenu"));
        assertThat(found.get(0).reasonsEn())
                .anySatisfy(r -> assertThat(r)
                        .startsWith("NAF 23.51Z given; the activity \u201cAlcohol production\u201d would read as 11.01")
                        .endsWith("the given code is used"));
    }

    @Test
    void saysNothingOfAnActivityThatAgreesWithItsCode() {
        var found = match("""
                actor        | naf    | dir | resource | qty   | lat   | lon  | extra
                Centrale     | 35.11Z | out | fly ash  | 40000 | 43.40 | 4.90 |
                Ciments      | 23.51Z | -   |          |       | 43.45 | 4.95 | activity=cimenterie
                """);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).reasonsFr()).noneSatisfy(r -> assertThat(r).contains("activité «\u00a0cimenterie"));
        assertThat(found.get(0).reasonsFr()).noneSatisfy(r -> assertThat(r).startsWith("Activité"));
    }
}
