package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.knowledge.KnowledgeBase;

/**
 * A need that names a use ("Raw material for Alcohol production") is read for the process it names, so that
 * the company whose process a pathway names outranks those whose generic need happens to match (issue 13,
 * item 2: molasses went to a hay farm and a worm farm, and the alcohol producer was not proposed at all).
 */
class NeedsThatNameAUseTest {

    static final Matcher MATCHER = new Matcher(KnowledgeBase.load());

    static final String MOLASSES = """
            actor       | naf    | dir | resource                            | qty  | lat    | lon   | extra
            Sucrerie    | 10.81Z | out | molasses                            | 400  | 43.300 | 5.400 |
            Foin        | 01.19Z | in  | animal feed                         | 100  | 43.301 | 5.401 | activity=hay_farm
            Vers        |        | in  | feed for worms                      | 100  | 43.302 | 5.402 | activity=worm_farm
            Martin      |        | in  | Raw material for Alcohol production | 100  | 43.305 | 5.405 | activity=Ets_Martin_SA
            """;

    @Test
    void theAlcoholProducerWhoseNeedNamesItsProcessComesFirst() {
        var found = MATCHER.match(Territories.parse(MOLASSES), MatchOptions.defaults())
                .substitutions();

        assertThat(found)
                .extracting(Substitution::demandActor)
                .startsWith("Martin")
                .contains("Foin", "Vers");
        Substitution first = found.get(0);
        assertThat(first.isProspective()).isFalse();
        assertThat(first.reasonsFr())
                .contains("Besoin «\u00a0Raw material for Alcohol production\u00a0» lu comme usage\u00a0: 11.01"
                        + " Production de boissons alcooliques distillées, confiance 1");
        assertThat(first.reasonsEn())
                .contains("Need \u201cRaw material for Alcohol production\u201d read as a use: 11.01 Distilling,"
                        + " rectifying and blending of spirits, confidence 1");
    }

    @Test
    void rawMaterialAloneIsNotAResourceToShareOrOffer() {
        var result = MATCHER.match(Territories.parse("""
                actor   | naf    | dir | resource                             | qty | lat    | lon   | extra
                Martin  |        | in  | Raw material for Alcohol production  | 100 | 43.300 | 5.400 |
                Dupont  |        | in  | matière première pour la fabrication de zorglubs | 100 | 43.301 | 5.401 |
                """), MatchOptions.defaults());

        assertThat(result.mutualisations()).isEmpty();
        assertThat(result.unclassified())
                .extracting(UnclassifiedFlow::label)
                .containsExactly("matière première pour la fabrication de zorglubs");
    }

    @Test
    void aUseOfTheCompanysOwnPlantIsReadWithItsOwnActivity() {
        List<Substitution> found =
                MATCHER.match(Territories.parse("""
                actor     | naf    | dir | resource                   | qty  | lat    | lon   | extra
                Centrale  | 35.11Z | out | fly ash                    | 4000 | 43.300 | 5.400 |
                Ciments   | 23.51Z | in  | matière première pour notre procédé | 900 | 43.310 | 5.410 |
                """), MatchOptions.defaults()).substitutions();

        assertThat(found).extracting(Substitution::demandActor).containsExactly("Ciments");
        assertThat(found.get(0).isProspective()).isFalse();
        assertThat(found.get(0).reasonsFr())
                .contains("Besoin «\u00a0matière première pour notre procédé\u00a0» lu comme usage\u00a0: le procédé de"
                        + " l'entreprise (NAF 23.51Z)");
    }
}
