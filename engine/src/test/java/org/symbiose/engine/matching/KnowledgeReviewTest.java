package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three rows of the knowledge base reviewed as facts (issue 13, session of 2026-12-07): shells are calcium
 * carbonate, not meat; reuse charities take clothes, not production scraps; kitchen waste is composted on
 * crop farms, not on livestock farms.
 */
class KnowledgeReviewTest {

    private static List<String> pathways(MatchResult result, String supplier) {
        return result.substitutions().stream()
                .filter(s -> s.supplyActor().equals(supplier) && s.pathway() != null)
                .map(s -> s.pathway().id())
                .toList();
    }

    @Test
    void shellsGoToLimingAndGritNotToRenderingPetFoodOrKilnFuel() {
        for (String[] words : new String[][] {
            {"coquilles d'huîtres", "amendement calcaire", "combustibles de substitution"},
            {"oyster shells", "liming material", "alternative fuels"}
        }) {
            var result = RulesOfLawTest.match("""
                    actor        | naf    | dir | resource | qty | lat   | lon  | extra
                    Conchyli     | 03.22Z | out | %s       | 40  | 43.30 | 5.40 |
                    Ferme        | 01.11Z | in  | %s       | 30  | 43.31 | 5.41 |
                    Cimenterie   | 23.51Z | in  | %s       | 30  | 43.31 | 5.42 |
                    Charcuterie  | 10.13A | -   |          |     | 43.32 | 5.43 |
                    Compost      | 38.21Z | -   |          |     | 43.32 | 5.44 |
                    """.formatted(words[0], words[1], words[2]));

            assertThat(RulesOfLawTest.receivers(result, "Conchyli"))
                    .as(words[0])
                    .startsWith("Ferme");
            assertThat(pathways(result, "Conchyli"))
                    .as(words[0])
                    .doesNotContain(
                            "animal-byproducts-to-rendering",
                            "animal-byproducts-cat3-to-petfood",
                            "meat-bone-meal-to-cement-kiln");
        }
    }

    @Test
    void reuseCharitiesTakeUsedClothesNotProductionScraps() {
        String table = """
                actor       | naf    | dir | resource | qty | lat   | lon  | extra
                Atelier     | 14.13Z | out | %s       | 5   | 43.30 | 5.40 |
                Ressourcerie| 88.99B | -   |          |     | 43.31 | 5.41 |
                """;
        assertThat(pathways(RulesOfLawTest.match(table.formatted("chutes de tissu")), "Atelier"))
                .doesNotContain("textiles-to-reuse");
        assertThat(pathways(RulesOfLawTest.match(table.formatted("fabric offcuts")), "Atelier"))
                .doesNotContain("textiles-to-reuse");
        assertThat(pathways(RulesOfLawTest.match(table.formatted("vêtements usagés")), "Atelier"))
                .contains("textiles-to-reuse");
    }

    @Test
    void kitchenWasteIsCompostedOnCropFarmsNotOnLivestockFarms() {
        for (String label : new String[] {"épluchures de légumes", "vegetable peelings"}) {
            var result = RulesOfLawTest.match("""
                    actor       | naf    | dir | resource | qty | lat   | lon  | extra
                    Cuisine     | 10.39A | out | %s       | 20  | 43.30 | 5.40 |
                    Maraicher   | 01.13Z | -   |          |     | 43.31 | 5.41 |
                    Porcherie   | 01.46Z | -   |          |     | 43.31 | 5.42 |
                    """.formatted(label));

            var composting = result.substitutions().stream()
                    .filter(s -> s.pathway() != null && s.pathway().id().equals("biowaste-to-composting"))
                    .map(Substitution::demandActor)
                    .toList();
            assertThat(composting).as(label).contains("Maraicher").doesNotContain("Porcherie");
        }
    }
}
