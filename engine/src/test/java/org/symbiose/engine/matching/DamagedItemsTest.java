package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symbiose.engine.knowledge.KnowledgeBase;

/**
 * Broken, damaged and irreparable things (Directive 2008/98/EC, art. 3, points 13 and 16): reuse takes a thing
 * as it is, so a broken one goes to the repairer, and one that cannot be repaired to recycling or recovery.
 * The labels are read as facilitators write them, in French and in English.
 */
class DamagedItemsTest {

    static final Matcher MATCHER = new Matcher(KnowledgeBase.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            palettes bois cassées              | DAMAGED
            Palettes HS                        | DAMAGED
            cartons abîmés                     | DAMAGED
            fûts percés                        | DAMAGED
            caisses-palettes détériorées       | DAMAGED
            matériel hors d'usage              | DAMAGED
            broken pallets                     | DAMAGED
            damaged IBCs                       | DAMAGED
            drums out of order                 | DAMAGED
            palettes non réparables            | BEYOND_REPAIR
            palettes cassées irréparables      | DAMAGED BEYOND_REPAIR
            pallets beyond repair              | BEYOND_REPAIR
            non-repairable pallets             | BEYOND_REPAIR
            palettes non cassées               | -
            cartons pas abîmés                 | -
            pallets, not damaged               | -
            palettes réparables                | -
            béton concassé                     | -
            casse automobile : pièces détachées| -
            chaleur fatale des fours           | -
            """)
    void aLabelSaysWhetherItsThingIsBrokenOrBeyondRepair(String label, String expected) {
        int traits = StateWords.of(label);
        String read = ((traits & LawRules.DAMAGED) != 0 ? "DAMAGED " : "")
                + ((traits & LawRules.BEYOND_REPAIR) != 0 ? "BEYOND_REPAIR" : "");
        assertThat(read.isBlank() ? "-" : read.strip()).isEqualTo(expected);
    }

    /**
     * Broken pallets, a plastics moulder that asked for pallets (which it would use as they are) and a pallet
     * repairer that asked for broken ones, as near: the repairer comes first, the moulder is offered them
     * neither for reuse as they are nor directly, and the refusal says why.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            palettes bois cassées | palettes bois | palettes cassées à réparer
            broken pallets        | wooden pallets| broken pallets for repair
            """)
    void brokenPalletsGoToTheRepairerNotToReuseAsTheyAre(String supply, String moulderNeed, String repairerNeed) {
        MatchResult result = MATCHER.match(
                Territories.parse("""
                        actor      | naf    | dir | resource | qty | lat    | lon   | extra
                        Entrepot   | 52.10B | out | %s       | 40  | 43.300 | 5.400 | ewc=150103
                        Moulage    | 22.29A | in  | %s       | 30  | 43.302 | 5.400 |
                        Reparation | 16.24Z | in  | %s       | 30  | 43.304 | 5.400 |
                        """.formatted(supply, moulderNeed, repairerNeed)),
                MatchOptions.defaults().withTopK(10));

        List<Substitution> found = result.substitutions();
        assertThat(found).anySatisfy(s -> {
            assertThat(s.demandActor()).isEqualTo("Reparation");
            assertThat(s.pathway().id()).isEqualTo("broken-pallets-to-repair");
        });
        assertThat(found)
                .noneSatisfy(s -> assertThat(s.pathway())
                        .isNotNull()
                        .satisfies(p -> assertThat(p.id()).isIn("pallets-reuse", "wooden-crates-reuse")));
        // Nor directly: the moulder asked for pallets to use as they are; nor through the repairer's pathway, as
        // it repairs none (PairGate.TRADE_RUNS_THE_PATHWAY).
        assertThat(found).noneSatisfy(s -> assertThat(s.pathway().id()).isEqualTo("reuse-pallets"));
        assertThat(found).noneSatisfy(s -> assertThat(s.demandActor()).isEqualTo("Moulage"));
        assertThat(found.get(0).demandActor()).isEqualTo("Reparation");
        assertThat(result.refused()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("damaged-not-reused-as-is");
            assertThat(r.sourceFr()).contains("2008/98/CE");
        });
    }

    /** A collector that asked for broken pallets is offered them directly: its need says broken too. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            palettes bois cassées | palettes bois cassées
            broken pallets        | damaged pallets
            """)
    void aNeedThatSaysBrokenTakesBrokenThingsDirectly(String supply, String need) {
        MatchResult result = MATCHER.match(
                Territories.parse("""
                        actor      | naf    | dir | resource | qty | lat    | lon   | extra
                        Entrepot   | 52.10B | out | %s       | 40  | 43.300 | 5.400 | ewc=150103
                        Collecte   | 38.11Z | in  | %s       | 30  | 43.302 | 5.400 |
                        """.formatted(supply, need)),
                MatchOptions.defaults().withTopK(10));

        assertThat(result.substitutions()).anySatisfy(s -> {
            assertThat(s.demandActor()).isEqualTo("Collecte");
            assertThat(s.pathway().id()).isEqualTo("reuse-pallets");
        });
    }

    /** Sound pallets still go to the company that reuses them as they are. */
    @Test
    void soundPalletsStillGoToReuse() {
        MatchResult result =
                MATCHER.match(Territories.parse("""
                        actor      | naf    | dir | resource              | qty | lat    | lon   | extra
                        Entrepot   | 52.10B | out | palettes bois EUR     | 40  | 43.300 | 5.400 | ewc=150103
                        Moulage    | 22.29A | in  | palettes bois         | 30  | 43.302 | 5.400 |
                        """), MatchOptions.defaults().withTopK(10));

        assertThat(result.substitutions()).anySatisfy(s -> {
            assertThat(s.demandActor()).isEqualTo("Moulage");
            assertThat(s.pathway().id()).isEqualTo("pallets-reuse");
        });
    }

    /**
     * A waste collector whose trade uses pallets (ADETO's used-oil collector), and which declared nothing, would
     * use broken ones as they are: it is not offered them through its activity; a repairer that declared nothing
     * either is, through its pathway.
     */
    @ParameterizedTest
    @CsvSource({"palettes bois cassées", "broken pallets"})
    void brokenPalletsDoNotGoToACompanyWhoseTradeUsesPalletsAsTheyAre(String supply) {
        MatchResult result = MATCHER.match(
                Territories.parse("""
                        actor      | naf    | dir | resource | qty | lat    | lon   | extra
                        Usine      | 20.16Z | out | %s       | 40  | 43.300 | 5.400 | ewc=150103
                        Collecte   | 38.11Z | -   |          |     | 43.302 | 5.400 |
                        Reparation | 16.24Z | -   |          |     | 43.304 | 5.400 |
                        """.formatted(supply)),
                MatchOptions.defaults().withTopK(10));

        assertThat(result.substitutions())
                .noneSatisfy(s -> assertThat(s.demandActor()).isEqualTo("Collecte"))
                .anySatisfy(s -> assertThat(s.demandActor()).isEqualTo("Reparation"));
        assertThat(result.refused()).anySatisfy(r -> assertThat(r.rule()).isEqualTo("damaged-not-reused-as-is"));
    }

    /** Broken glass is cullet: a glassworks and an artist that use cullet by their trade are still offered it. */
    @ParameterizedTest
    @CsvSource({"verre cassé", "broken glass"})
    void brokenGlassStillGoesToTheTradesThatUseCullet(String supply) {
        MatchResult result = MATCHER.match(
                Territories.parse("""
                        actor      | naf    | dir | resource | qty | lat    | lon   | extra
                        Hotel      | 55.10Z | out | %s       | 12  | 43.300 | 5.400 | ewc=200102
                        Verrerie   | 23.13Z | -   |          |     | 43.302 | 5.400 |
                        Atelier    | 90.03A | -   |          |     | 43.304 | 5.400 |
                        """.formatted(supply)),
                MatchOptions.defaults().withTopK(10));

        assertThat(result.substitutions()).extracting(Substitution::demandActor).contains("Verrerie", "Atelier");
        assertThat(result.refused()).noneSatisfy(r -> assertThat(r.rule()).isEqualTo("damaged-not-reused-as-is"));
    }

    /** Pallets that cannot be repaired go neither to reuse nor to the repairer; recovery may take them. */
    @Test
    void palletsBeyondRepairGoNeitherToReuseNorToTheRepairer() {
        MatchResult result =
                MATCHER.match(Territories.parse("""
                        actor      | naf    | dir | resource                  | qty | lat    | lon   | extra
                        Entrepot   | 52.10B | out | palettes non réparables   | 40  | 43.300 | 5.400 | ewc=150103
                        Moulage    | 22.29A | in  | palettes bois             | 30  | 43.302 | 5.400 |
                        Reparation | 16.24Z | in  | palettes cassées          | 30  | 43.304 | 5.400 |
                        Chaufferie | 35.30Z | in  | bois de rebut combustible | 500 | 43.306 | 5.400 |
                        """), MatchOptions.defaults().withTopK(10));

        assertThat(result.substitutions())
                .noneSatisfy(s -> assertThat(s.pathway())
                        .isNotNull()
                        .satisfies(p -> assertThat(p.id())
                                .isIn("pallets-reuse", "broken-pallets-to-repair", "wooden-crates-reuse")))
                .anySatisfy(s -> assertThat(s.demandActor()).isEqualTo("Chaufferie"));
        assertThat(result.refused().stream().map(Refusal::rule))
                .contains("beyond-repair-not-prepared-for-reuse", "damaged-not-reused-as-is");
    }
}
