package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.symbiose.engine.matching.RulesOfLawTest.match;
import static org.symbiose.engine.matching.RulesOfLawTest.receivers;
import static org.symbiose.engine.matching.RulesOfLawTest.refusedRules;

import org.junit.jupiter.api.Test;

/**
 * The pair gates that refuse a whole way of use, counted among the refusals a facilitator sees beside the rules of
 * law ({@link PairGate#COUNTED}): hazardous waste to a facility for non-hazardous waste, to a pathway that does not
 * allow it, heat too cool for a pathway. On the shipped knowledge base, in French and in English.
 */
class CountedGatesTest {

    /**
     * PIICTO's municipal incinerator (38.21, non-hazardous waste) asked for solid recovered fuel; a garage's used
     * engine oil and a vinyl plant's chlorinated still bottoms went to it through the cement kilns' pathways. A
     * facility for non-hazardous waste may not take hazardous waste; one licensed for hazardous waste (38.22),
     * asking the same thing as near, may.
     */
    @Test
    void aFacilityForNonHazardousWasteIsNotOfferedHazardousWaste() {
        for (String[] words : new String[][] {
            {"huiles moteur usagées", "130205", "combustibles solides de récupération (CSR)"},
            {"résidus de distillation chlorés (lourds)", "070107", "combustibles solides de récupération"},
            {"used engine oil", "130205", "solid recovered fuel"},
        }) {
            String table = """
                    actor        | naf    | dir | resource | qty  | lat    | lon   | extra
                    Producteur   | 45.20A | out | %s       | 40   | 43.300 | 5.400 | ewc=%s hazardous=true
                    Incinérateur | %s     | in  | %s       | 9000 | 43.310 | 5.400 |
                    """;
            MatchResult nonHazardous = match(table.formatted(words[0], words[1], "38.21Z", words[2]));
            MatchResult hazardous = match(table.formatted(words[0], words[1], "38.22Z", words[2]));

            assertThat(receivers(nonHazardous, "Producteur")).as(words[0]).doesNotContain("Incinérateur");
            assertThat(receivers(hazardous, "Producteur")).as(words[0]).contains("Incinérateur");
            // The facilitator sees it among what was refused, and why.
            assertThat(refusedRules(nonHazardous)).as(words[0]).contains("hazardous-not-to-non-hazardous-facility");
            assertThat(refusedRules(hazardous)).as(words[0]).doesNotContain("hazardous-not-to-non-hazardous-facility");
        }
        assertThat(PairGate.NOT_TO_NON_HAZARDOUS_FACILITY.reasonFr())
                .isEqualTo("déchet dangereux\u00a0: une installation de collecte ou de traitement de déchets non"
                        + " dangereux ne peut pas le recevoir");
        assertThat(PairGate.NOT_TO_NON_HAZARDOUS_FACILITY.sourceEn()).contains("NACE Rev. 2, classes 38.11 and 38.21");
    }

    @Test
    void aHazardousWasteKeptFromAPathwayThatDoesNotAllowItIsCountedAmongTheRefusals() {
        for (String[] words :
                new String[][] {{"palettes cassées", "palettes usagées"}, {"broken pallets", "used pallets"}}) {
            var result = match("""
                    actor       | naf    | dir | resource | qty | lat   | lon  | extra
                    Atelier     | 25.61Z | out | %s       | 10  | 43.30 | 5.40 | hazardous=true
                    Palettes    | 16.24Z | in  | %s       | 10  | 43.31 | 5.41 |
                    """.formatted(words[0], words[1]));

            // Only the need declared for this very resource may take it (direct reuse); no pathway made for
            // clean pallets.
            assertThat(result.substitutions())
                    .as(words[0])
                    .allSatisfy(s -> assertThat(s.reasonsEn())
                            .anySatisfy(reason -> assertThat(reason).startsWith("Direct reuse")));
            Refusal refusal = result.refused().stream()
                    .filter(r -> r.rule().equals("hazard-allowed"))
                    .findFirst()
                    .orElseThrow();
            assertThat(refusal.reasonFr()).contains("déchet dangereux");
            assertThat(refusal.reasonEn()).contains("hazardous waste");
            assertThat(refusal.sourceEn()).contains("2008/98/EC");
            assertThat(refusal.exampleSupplyFlow()).isEqualTo("f1");
            // The first way refused: here the repairer's pathway, made for clean pallets (the pallet maker's
            // activity, which uses pallets as they are, is refused broken ones first, by damaged-not-reused-as-is).
            assertThat(refusal.exampleWay()).isEqualTo("broken-pallets-to-repair");
            assertThat(refusal.count()).isGreaterThan(1);
        }
    }

    @Test
    void heatTooCoolForAPathwayIsCountedAmongTheRefusals() {
        for (String label : new String[] {"chaleur fatale", "waste heat"}) {
            var result = match("""
                    actor       | naf    | dir | resource | qty | lat   | lon  | extra
                    Usine       | 20.14Z | out | %s       | 10  | 43.30 | 5.40 | temp=35 category=heat
                    Réseau      | 35.30Z | -   |          |     | 43.31 | 5.41 |
                    """.formatted(label));

            assertThat(result.substitutions())
                    .as(label)
                    .noneSatisfy(s -> assertThat(s.pathway().id()).isEqualTo("waste-heat-to-district-heating"));
            assertThat(result.refused()).as(label).anySatisfy(r -> {
                assertThat(r.rule()).isEqualTo("temperature-fits");
                assertThat(r.exampleWay()).startsWith("waste-heat-to-");
                assertThat(r.count()).isPositive();
            });
        }
    }
}
