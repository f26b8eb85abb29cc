package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.output.MatchJsonWriter;

/**
 * The rules of law and safety and the waste hierarchy on the shipped knowledge base, with territories as
 * facilitators write them, in French and in English.
 */
class RulesOfLawTest {

    static final Matcher MATCHER = new Matcher(KnowledgeBase.load());

    static MatchResult match(String table) {
        return MATCHER.match(Territories.parse(table), MatchOptions.defaults().withTopK(10));
    }

    static List<String> receivers(MatchResult result, String supplier) {
        return result.substitutions().stream()
                .filter(s -> s.supplyActor().equals(supplier))
                .map(Substitution::demandActor)
                .toList();
    }

    static List<String> refusedRules(MatchResult result) {
        return result.refused().stream().map(Refusal::rule).toList();
    }

    @Test
    void refusesCateringWasteToPigCattleAndHorseFeedInFrench() {
        var result = match("""
                actor         | naf    | dir | resource                       | qty | lat   | lon  | extra
                Cantine       | 56.29A | out | restes de repas et épluchures  | 40  | 43.30 | 5.40 | ewc=200108
                Porcherie     | 01.46Z | in  | restes de repas                | 30  | 43.31 | 5.41 |
                Aliments      | 10.91Z | -   |                                |     | 43.31 | 5.42 |
                Compostage    | 38.21Z | -   |                                |     | 43.32 | 5.43 |
                """);

        assertThat(receivers(result, "Cantine")).contains("Compostage").doesNotContain("Porcherie", "Aliments");
        assertThat(result.substitutions())
                .noneSatisfy(s -> assertThat(s.pathway())
                        .isNotNull()
                        .satisfies(p ->
                                assertThat(p.id()).isIn("shells-to-liming-and-grit", "food-waste-to-insect-farming")));
        Refusal refusal = result.refused().stream()
                .filter(r -> r.rule().equals("catering-waste-not-to-feed"))
                .findFirst()
                .orElseThrow();
        assertThat(refusal.sourceFr()).contains("1069/2009");
        assertThat(refusal.sourceEn()).contains("Regulation (EC) No 1069/2009");
        assertThat(refusal.exampleSupplyFlow()).isEqualTo("f1");
        assertThat(refusal.count()).isPositive();
    }

    @Test
    void refusesCateringWasteToAPigFarmInEnglish() {
        var result = match("""
                actor      | naf    | dir | resource        | qty | lat   | lon  | extra
                Canteen    | 56.29A | out | catering waste  | 40  | 43.30 | 5.40 |
                Pig farm   | 01.46Z | in  | catering waste  | 30  | 43.31 | 5.41 |
                Digester   | 35.21Z | -   |                 |     | 43.32 | 5.43 |
                """);

        assertThat(receivers(result, "Canteen")).contains("Digester").doesNotContain("Pig farm");
        assertThat(refusedRules(result)).contains("catering-waste-not-to-feed");
    }

    /**
     * ADETO's charcuterie offered its category 3 meat and bone waste and its animal fats to a goat farm that asked
     * for feed, through the pet-food and fish-meal pathways; a park's fish plant its fish heads to a dairy farm
     * (session 16). Raw animal by-products go to an approved plant; no animal protein goes to ruminants.
     */
    @Test
    void refusesRawAnimalByProductsToAFarmsFeedInFrenchAndEnglish() {
        var result = match("""
                actor          | naf    | dir | resource                                | qty | lat   | lon  | extra
                Salaisons      | 10.13A | out | déchets de viande et os (catégorie 3)   | 40  | 43.30 | 5.40 | ewc=020202
                Chèvrerie      | 01.45Z | in  | aliment pour les chèvres                | 30  | 43.31 | 5.41 |
                Porcherie      | 01.46Z | in  | déchets de viande                       | 30  | 43.31 | 5.42 |
                Petfood        | 10.92Z | in  | sous-produits animaux de catégorie 3    | 30  | 43.32 | 5.43 |
                Fish plant     | 10.20Z | out | fish heads and frames                   | 40  | 43.30 | 5.44 | ewc=020202
                Dairy farm     | 01.41Z | in  | animal feed                             | 30  | 43.31 | 5.45 |
                """);

        assertThat(receivers(result, "Salaisons")).contains("Petfood").doesNotContain("Chèvrerie", "Porcherie");
        assertThat(receivers(result, "Fish plant")).doesNotContain("Dairy farm", "Chèvrerie", "Porcherie");
        Refusal refusal = result.refused().stream()
                .filter(r -> r.rule().equals("raw-animal-by-products-not-fed-to-farmed-animals"))
                .findFirst()
                .orElseThrow();
        assertThat(refusal.sourceFr()).contains("999/2001");
        assertThat(refusal.reasonEn()).contains("approved plant");
    }

    @Test
    void refusesFormerFoodstuffsWithMeatToFeed() {
        var result = match("""
                actor        | naf    | dir | resource                               | qty | lat   | lon  | extra
                Supermarché  | 47.11D | out | invendus alimentaires : plats cuisinés à la viande | 5 | 43.30 | 5.40 |
                Aliments     | 10.91Z | -   |                                        |     | 43.31 | 5.41 |
                """);

        assertThat(receivers(result, "Supermarché")).doesNotContain("Aliments");
        assertThat(refusedRules(result)).contains("catering-waste-not-to-feed");
    }

    @Test
    void sendsSewageSludgeToSpreadingOrALicensedPlatform() {
        var result = match("""
                actor        | naf    | dir | resource                      | qty | lat   | lon  | extra
                STEP         | 37.00Z | out | boues de station d'épuration  | 400 | 43.30 | 5.40 | ewc=190805
                Céréalier    | 01.11Z | -   |                               |     | 43.31 | 5.41 |
                Dépollution  | 39.00Z | -   |                               |     | 43.31 | 5.42 |
                """);

        assertThat(result.substitutions())
                .extracting(s -> s.demandActor() + " " + s.pathway().id())
                .containsExactlyInAnyOrder(
                        "Céréalier sewage-sludge-to-land-spreading", "Dépollution sewage-sludge-to-soil-remediation");
    }

    /**
     * A pathway row that wrongly sends sewage sludge to feed (in the small knowledge base): refused in either
     * language, while spreading passes.
     */
    @Test
    void refusesSewageSludgeToFeedEvenWhenAPathwayWouldAllowIt() {
        var small = new Matcher(SmallKnowledge.load());
        for (String[] words : new String[][] {
            {"boues de station d'épuration", "aliments pour animaux"}, {"sewage sludge", "animal feed"}
        }) {
            var result = small.match(Territories.parse("""
                            actor      | naf    | dir | resource | qty | lat   | lon  | extra
                            STEP       | 37.00Z | out | %s       | 400 | 43.30 | 5.40 |
                            Aliments   | 10.91Z | in  | %s       | 40  | 43.31 | 5.41 |
                            Céréalier  | 01.11Z | -   |          |     | 43.31 | 5.42 |
                            """.formatted(words[0], words[1])), MatchOptions.defaults());

            assertThat(result.substitutions())
                    .as(words[0])
                    .extracting(s -> s.demandActor() + " " + s.pathway().id())
                    .containsExactly("Céréalier sludge-to-spreading");
            assertThat(result.refused()).as(words[0]).singleElement().satisfies(r -> {
                assertThat(r.rule()).isEqualTo("sewage-sludge-not-to-feed-land-only-by-spreading");
                assertThat(r.exampleWay()).isEqualTo("sludge-to-feed");
            });
        }
    }

    @Test
    void sendsHealthcareWasteOnlyToLicensedTreatment() {
        for (String label : List.of("DASRI", "clinical waste")) {
            var result = match("""
                    actor          | naf    | dir | resource | qty | lat   | lon  | extra
                    Clinique       | 86.10Z | out | %s       | 4   | 43.30 | 5.40 | ewc=180103
                    Incinérateur   | 38.22Z | -   |          |     | 43.31 | 5.41 |
                    Blanchisserie  | 96.01Z | in  | %s       | 4   | 43.31 | 5.42 |
                    """.formatted(label, label));

            assertThat(result.substitutions()).as(label).isNotEmpty().allSatisfy(s -> {
                assertThat(s.demandActor()).isEqualTo("Incinérateur");
                assertThat(s.pathway().id()).isEqualTo("healthcare-waste-to-licensed-treatment");
            });
            assertThat(refusedRules(result)).as(label).contains("healthcare-waste-only-licensed-treatment");
        }
    }

    @Test
    void sendsFormerFoodstuffsToFeedOnlyWhenTheLabelPlainlyNamesFood() {
        var result = match("""
                actor         | naf    | dir | resource                       | qty | lat   | lon  | extra
                Supermarché   | 47.11D | out | invendus alimentaires: pain    | 40  | 43.30 | 5.40 |
                Déstockeur    | 47.71Z | out | articles déclassés invendus    | 40  | 43.30 | 5.40 |
                Aliments      | 10.91Z | -   |                                |     | 43.31 | 5.41 |
                Porcherie     | 01.46Z | -   |                                |     | 43.31 | 5.42 |
                Ressourcerie  | 88.99B | -   |                                |     | 43.32 | 5.42 |
                """);

        assertThat(receivers(result, "Supermarché")).contains("Aliments", "Porcherie");
        assertThat(result.substitutions())
                .filteredOn(s -> s.supplyActor().equals("Déstockeur"))
                .isNotEmpty()
                .noneSatisfy(s -> assertThat(s.pathway().id()).isEqualTo("former-foodstuffs-to-feed"));
        assertThat(receivers(result, "Déstockeur")).contains("Ressourcerie").doesNotContain("Aliments");
        assertThat(result.refused()).anySatisfy(r -> assertThat(r.rule()).isEqualTo("former-foodstuffs-plainly-food"));
    }

    @Test
    void ranksThePalletReconditionerBeforeThePowerPlantAtEqualFit() {
        for (String label : List.of("used pallets", "palettes usagées")) {
            var result = match("""
                    actor            | naf    | dir | resource | qty | lat   | lon  | extra
                    Logistique       | 52.10B | out | %s       | 400 | 43.30 | 5.40 |
                    Centrale         | 35.11Z | -   |          |     | 43.31 | 5.41 |
                    Reconditionneur  | 16.24Z | -   |          |     | 43.31 | 5.41 |
                    """.formatted(label));

            List<Substitution> found = result.substitutions();
            assertThat(found).extracting(Substitution::demandActor).containsExactly("Reconditionneur", "Centrale");
            assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
            assertThat(found.get(0).reasonsFr())
                    .anySatisfy(r -> assertThat(r)
                            .contains("Hiérarchie des déchets\u00a0: préparation en vue de la réutilisation"));
            assertThat(found.get(1).reasonsEn())
                    .anySatisfy(
                            r -> assertThat(r).contains("Waste hierarchy: other recovery, including energy recovery"));
        }
    }

    @Test
    void writesWhatWasRefusedAndWhyInTheJsonOutput() throws java.io.IOException {
        var result = match("""
                actor      | naf    | dir | resource        | qty | lat   | lon  | extra
                Canteen    | 56.29A | out | catering waste  | 40  | 43.30 | 5.40 |
                Pig farm   | 01.46Z | in  | catering waste  | 30  | 43.31 | 5.41 |
                """);
        var out = new java.io.StringWriter();

        MatchJsonWriter.write(result, out);

        assertThat(out.toString())
                .contains("\"refused\": [\n  {\"rule\": \"catering-waste-not-to-feed\", \"count\": ")
                .contains("\"example\": {\"supply_flow\": \"f1\", \"way\": \"need:food-waste\"}")
                .contains("\"source_en\": \"Regulation (EC) No 1069/2009, art. 11");
    }

    /**
     * Each rule on its own, as a table: a supply's trait, the way's uses and route (a pathway's level in the
     * waste hierarchy when it matters, recycling otherwise), the verdict.
     */
    @Test
    void eachRuleRefusesExactlyWhatItsSourceForbids() {
        String table = """
                trait             | uses                       | route   | feeds animals | refused by
                CATERING          | feed                       | pathway | no            | catering-waste-not-to-feed
                CATERING          | composting                 | pathway | no            | -
                CATERING          | digestion                  | pathway | yes           | -
                CATERING          |                            | need    | yes           | catering-waste-not-to-feed
                CATERING          |                            | need    | no            | -
                ANIMAL_PRODUCTS   | feed                       | pathway | no            | catering-waste-not-to-feed
                HAZARDOUS         | growing-media              | pathway | no            | hazardous-not-to-food-soil-or-public
                HAZARDOUS         | soil                       | pathway | no            | hazardous-not-to-food-soil-or-public
                HAZARDOUS         | food                       | pathway | no            | hazardous-not-to-food-soil-or-public
                HAZARDOUS         | cosmetics                  | pathway | no            | hazardous-not-to-food-soil-or-public
                HAZARDOUS         | public-reuse               | pathway | no            | hazardous-not-to-food-soil-or-public
                HAZARDOUS         | energy                     | pathway | no            | -
                HAZARDOUS         | material                   | pathway | no            | -
                HAZARDOUS         |                            | need    | yes           | -
                SEWAGE_SLUDGE     | feed                       | pathway | no            | sewage-sludge-not-to-feed-land-only-by-spreading
                SEWAGE_SLUDGE     | soil                       | pathway | no            | sewage-sludge-not-to-feed-land-only-by-spreading
                SEWAGE_SLUDGE     | growing-media              | pathway | no            | sewage-sludge-not-to-feed-land-only-by-spreading
                SEWAGE_SLUDGE     | spreading                  | pathway | no            | -
                SEWAGE_SLUDGE     | composting                 | pathway | no            | -
                SEWAGE_SLUDGE     | energy|construction        | pathway | no            | -
                HEALTHCARE        | licensed-treatment         | pathway | no            | -
                HEALTHCARE        | licensed-treatment|energy  | pathway | no            | -
                HEALTHCARE        | energy                     | pathway | no            | healthcare-waste-only-licensed-treatment
                HEALTHCARE        |                            | need    | no            | healthcare-waste-only-licensed-treatment
                RAW_ANIMAL_BY_PRODUCTS |                       | need    | yes           | raw-animal-by-products-not-fed-to-farmed-animals
                RAW_ANIMAL_BY_PRODUCTS |                       | need    | no            | -
                RAW_ANIMAL_BY_PRODUCTS | feed                  | pathway | no            | -
                RAW_ANIMAL_BY_PRODUCTS | digestion             | pathway | no            | -
                NOT_PLAINLY_FOOD  | feed                       | pathway | no            | former-foodstuffs-plainly-food
                NOT_PLAINLY_FOOD  |                            | need    | yes           | former-foodstuffs-plainly-food
                NOT_PLAINLY_FOOD  | public-reuse               | pathway | no            | -
                DAMAGED           | material                   | pathway reuse | no      | damaged-not-reused-as-is
                DAMAGED           | material                   | pathway preparation-for-reuse | no | -
                DAMAGED           | material                   | pathway recycling | no  | -
                DAMAGED           | energy                     | pathway other-recovery | no | -
                DAMAGED           |                            | need    | no            | -
                BEYOND_REPAIR     | material                   | pathway reuse | no      | damaged-not-reused-as-is
                BEYOND_REPAIR     | material                   | pathway preparation-for-reuse | no | beyond-repair-not-prepared-for-reuse
                BEYOND_REPAIR     | material                   | pathway recycling | no  | -
                BEYOND_REPAIR     | energy                     | pathway other-recovery | no | -
                """;
        List<String> lines = table.strip().lines().skip(1).toList();
        for (String line : lines) {
            String[] cells = line.split("\\|", -1);
            // The uses cell may itself hold "|": the first cell is the trait, the last three the rest.
            String trait = cells[0].strip();
            String verdict = cells[cells.length - 1].strip();
            boolean feeds = cells[cells.length - 2].strip().equals("yes");
            // The route: "need", or "pathway" and, when it matters, the pathway's level in the waste hierarchy.
            String[] route = cells[cells.length - 3].strip().split(" ");
            boolean pathway = route[0].equals("pathway");
            org.symbiose.engine.knowledge.WasteHierarchy level = route.length > 1
                    ? org.symbiose.engine.knowledge.WasteHierarchy.parse(route[1])
                    : pathway ? org.symbiose.engine.knowledge.WasteHierarchy.RECYCLING : null;
            java.util.Set<org.symbiose.engine.knowledge.PathwayUse> uses = new java.util.LinkedHashSet<>();
            for (int c = 1; c < cells.length - 3; c++) {
                if (!cells[c].isBlank()) {
                    uses.add(org.symbiose.engine.knowledge.PathwayUse.parse(cells[c]));
                }
            }
            int bits = switch (trait) {
                case "CATERING" -> LawRules.CATERING;
                case "ANIMAL_PRODUCTS" -> LawRules.ANIMAL_PRODUCTS;
                case "HAZARDOUS" -> LawRules.HAZARDOUS;
                case "SEWAGE_SLUDGE" -> LawRules.SEWAGE_SLUDGE;
                case "HEALTHCARE" -> LawRules.HEALTHCARE;
                case "NOT_PLAINLY_FOOD" -> LawRules.NOT_PLAINLY_FOOD;
                case "DAMAGED" -> LawRules.DAMAGED;
                case "BEYOND_REPAIR" -> LawRules.BEYOND_REPAIR;
                case "RAW_ANIMAL_BY_PRODUCTS" -> LawRules.RAW_ANIMAL_BY_PRODUCTS;
                default -> throw new IllegalArgumentException(trait);
            };
            LawRule refusal = LawRules.refusal(bits, uses, level, pathway, feeds);
            assertThat(refusal == null ? "-" : refusal.id()).as(line).isEqualTo(verdict);
        }
    }

    /**
     * A pathway row that wrongly lets hazardous solvents become growing media (in the small knowledge base):
     * the rule refuses it all the same, in either language, and the same solvents not flagged hazardous pass.
     */
    @Test
    void refusesHazardousWasteAsGrowingMediaEvenWhenAPathwayWouldAllowIt() {
        var small = new Matcher(SmallKnowledge.load());
        for (String[] words : new String[][] {{"solvants usagés", "terreau"}, {"spent solvents", "potting soil"}}) {
            String table = """
                    actor       | naf    | dir | resource | qty | lat   | lon  | extra
                    Atelier     | 25.61Z | out | %s       | 10  | 43.30 | 5.40 | hazardous=%s
                    Pépinière   | 01.30Z | in  | %s       | 10  | 43.31 | 5.41 |
                    """;
            var hazardous = small.match(
                    Territories.parse(table.formatted(words[0], "true", words[1])), MatchOptions.defaults());
            var harmless = small.match(
                    Territories.parse(table.formatted(words[0], "false", words[1])), MatchOptions.defaults());

            assertThat(hazardous.substitutions()).as(words[0]).isEmpty();
            assertThat(refusedRules(hazardous)).as(words[0]).containsExactly("hazardous-not-to-food-soil-or-public");
            assertThat(harmless.substitutions())
                    .as(words[0])
                    .singleElement()
                    .satisfies(s -> assertThat(s.pathway().id()).isEqualTo("solvents-to-growing-media"));
            assertThat(harmless.refused()).isEmpty();
        }
    }
}
