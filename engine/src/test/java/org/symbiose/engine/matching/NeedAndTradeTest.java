package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbiose.engine.knowledge.KnowledgeBase;

/**
 * Two rules a facilitator states plainly (issue 13, session engine-quality-2, docs/decisions/0038): a company
 * that asked for something and whose trade a pathway of the supply names is at least as good a lead as if it
 * had asked nothing; and a waste code whose label's words say its own family opens no pathway made for another
 * resource of its heading.
 */
class NeedAndTradeTest {

    static final Matcher MATCHER = new Matcher(KnowledgeBase.load());

    /** A malt house's rootlets; two feed mills as near, one that asked vaguely, one that asked nothing. */
    static final String ROOTLETS = """
            actor     | naf    | dir | resource                        | qty | lat    | lon   | extra
            Malterie  | 11.06Z | out | radicelles de malt              | 400 | 43.300 | 5.400 | ewc=020704
            Aliments  | 10.91Z | in  | matières premières pour aliment | 100 | 43.310 | 5.400 %s
            Provende  | 10.91Z | -   |                                 |     | 43.290 | 5.400 |
            """;

    static Optional<Substitution> proposalTo(List<Substitution> found, String actor) {
        return found.stream().filter(s -> s.demandActor().equals(actor)).findFirst();
    }

    @Test
    void aFeedMillThatAskedVaguelyRanksAsHighAsOneThatAskedNothing() {
        List<Substitution> found = MATCHER.match(Territories.parse(ROOTLETS.formatted("|")), MatchOptions.defaults())
                .substitutions();

        Substitution asked = proposalTo(found, "Aliments").orElseThrow();
        Substitution silent = proposalTo(found, "Provende").orElseThrow();
        // Same trade, same distance: before, the vague need alone was weighed (0.6 of a use's reading) and the
        // mill that asked came after the one that did not.
        assertThat(asked.score()).isGreaterThanOrEqualTo(silent.score());
        assertThat(asked.pathway()).isNotNull();
        assertThat(asked.pathway().id()).isEqualTo(silent.pathway().id());
        // Found through its trade, kept with the need it declared: the facilitator sees that it asked.
        assertThat(asked.isProspective()).isFalse();
        assertThat(asked.reasonsFr()).anyMatch(line -> line.contains("matières premières pour aliment"));
        // And the reasons say why it is weighed by its trade rather than by its need's words.
        assertThat(asked.reasonsFr())
                .contains("Son activité (NAF 10.91Z) est de celles que nomme cette filière\u00a0: proposée à ce titre,"
                        + " qui pèse plus que les mots de son besoin");
        assertThat(asked.reasonsEn())
                .contains("Its activity (NAF 10.91Z) is one this pathway names: proposed as such, which weighs more"
                        + " than its need's words");
        assertThat(silent.isProspective()).isTrue();
        assertThat(silent.reasonsEn()).noneMatch(line -> line.startsWith("Its activity (NAF"));
    }

    @Test
    void aCompanyThatAskedForAUseKeepsThatRouteThoughItsTradeWeighsMore() {
        // PIICTO's road-binder maker (23.51, named by a cement pathway) asked for road sub-base material: offered
        // decarbonation sludge, it is proposed it for the roads, as it asked, not for cement.
        List<Substitution> found =
                MATCHER.match(Territories.parse("""
                        actor   | naf    | dir | resource                                 | qty   | lat    | lon   | extra
                        Sucre   | 10.81Z | out | boues de décarbonatation                 | 16500 | 43.300 | 5.400 | ewc=190903
                        Liants  | 23.51Z | in  | besoin: matériaux pour sous-couche routière | 60000 | 43.305 | 5.400 |
                        """), MatchOptions.defaults()).substitutions();

        Substitution toBinders = proposalTo(found, "Liants").orElseThrow();
        assertThat(toBinders.isProspective()).isFalse();
        assertThat(toBinders.pathway().labelFr().toLowerCase()).contains("rout");
    }

    @Test
    void aNeedWhoseDatesRuleTheSupplyOutKeepsItsCompanyFromTheActivityRoute() {
        String territory = ROOTLETS.formatted("| from=2020-01-01 to=2020-03-31")
                .replace("ewc=020704", "ewc=020704 from=2026-01-01 to=2026-12-31");

        List<Substitution> found = MATCHER.match(Territories.parse(territory), MatchOptions.defaults())
                .substitutions();

        // It said when it wants the resource: not then; the mill that said nothing is still a lead.
        assertThat(proposalTo(found, "Aliments")).isEmpty();
        assertThat(proposalTo(found, "Provende")).isPresent();
    }

    /** Apple pomace coded 02 03 04, then the same code under a label that names nothing. */
    static final String POMACE = """
            actor      | naf    | dir | resource        | qty | lat    | lon   | extra
            Cidrerie   | 11.03Z | out | %s              | 400 | 43.300 | 5.400 | ewc=020304
            Recyclage  | 38.32Z | -   |                 |     | 43.305 | 5.400 |
            Biodiesel  | 20.59Z | -   |                 |     | 43.295 | 5.400 |
            Elevage    | 01.42Z | -   |                 |     | 43.300 | 5.405 |
            """;

    /** The pathways of the proposals made in a territory (its supply's label filled in), ten receivers a supply. */
    static List<String> pathways(String territory, String label) {
        return MATCHER
                .match(
                        Territories.parse(territory.formatted(label)),
                        MatchOptions.defaults().withTopK(10))
                .substitutions()
                .stream()
                .filter(s -> s.pathway() != null)
                .map(s -> s.pathway().id())
                .toList();
    }

    @Test
    void wordsThatAgreeWithTheCodeKeepItFromPathwaysOfOtherResources() {
        // 02 03 04 is listed by the pathways of used cooking oil and oilseed cake too; "marc de pommes" says fruit
        // residues, as the code does.
        assertThat(pathways(POMACE, "marc de pommes"))
                .isNotEmpty()
                .doesNotContain("used-cooking-oil-to-biodiesel", "oilseed-cake-to-feed");
        // A label whose words name nothing leaves the code to say what it may be, as before.
        assertThat(pathways(POMACE, "lot 12")).contains("used-cooking-oil-to-biodiesel");

        Substitution toFarm = MATCHER
                .match(Territories.parse(POMACE.formatted("marc de pommes")), MatchOptions.defaults())
                .substitutions()
                .stream()
                .filter(s -> s.demandActor().equals("Elevage"))
                .findFirst()
                .orElseThrow();
        assertThat(toFarm.reasonsEn()).anyMatch(line -> line.contains("(LoW 020304 + marc de pommes, confidence 0.9)"));
    }

    /** Kitchen waste from a canteen, coded 20 01 08, which pathways of spent coffee grounds list too. */
    static final String KITCHEN = """
            actor      | naf    | dir | resource        | qty | lat    | lon   | extra
            Cantine    | 56.29A | out | %s              | 40  | 43.300 | 5.400 | ewc=200108
            Pizzeria   | 56.10C | in  | combustible     |     | 43.302 | 5.400 |
            Granules   | 16.29Z | -   |                 |     | 43.305 | 5.400 |
            Compost    | 38.21Z | -   |                 |     | 43.295 | 5.400 |
            """;

    @ParameterizedTest
    @ValueSource(strings = {"restes de repas et épluchures", "kitchen leftovers and peelings"})
    void wordsThatNameTheCodesFamilyKeepItFromPathwaysOfANarrowerResource(String label) {
        // Meal leftovers are kitchen waste, as 20 01 08 says; they are not the spent coffee grounds that the
        // pellet and mushroom pathways listing the same code are made for.
        assertThat(pathways(KITCHEN, label))
                .isNotEmpty()
                .doesNotContain(
                        "coffee-grounds-to-solid-biofuel", "coffee-grounds-to-compost", "coffee-grounds-to-mushrooms");
    }

    @Test
    void wordsThatNameTheNarrowerResourceOrNothingStillOpenItsPathways() {
        assertThat(pathways(KITCHEN, "marc de café")).contains("coffee-grounds-to-solid-biofuel");
        assertThat(pathways(KITCHEN, "spent coffee grounds")).contains("coffee-grounds-to-solid-biofuel");
        // A label whose words name nothing leaves the code to say what it may be.
        assertThat(pathways(KITCHEN, "lot 12")).contains("coffee-grounds-to-solid-biofuel");
    }

    /**
     * ADETO's brewery asked for "cartons pour packs de bières"; the paper-mill pathway takes cardboard and paper
     * in. Written as the demo has it, with a paper mill and a company of unknown trade asking for cardboard too.
     */
    static final String CARTONS = """
            actor      | naf    | dir | resource                        | qty | lat    | lon   | extra
            Cabinet    | 69.10Z | out | %s                              | 4   | 43.300 | 5.400 | ewc=%s
            Brasserie  | 11.05Z | in  | cartons pour packs de bières    | 3   | 43.305 | 5.400 |
            Papeterie  | 17.12Z | in  | cartons                         | 300 | 43.310 | 5.400 |
            Inconnue   |        | in  | cartons                         | 3   | 43.300 | 5.405 |
            """;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "archives papier à détruire (confidentiel);200101",
                "cartons abîmés;150101",
                "damaged boxes;150101"
            })
    void aCompanyThatAskedForAMaterialIsNotOfferedItForAProcessItsTradeDoesNotRun(String labelAndCode) {
        String[] parts = labelAndCode.split(";");
        List<Substitution> found = MATCHER.match(
                        Territories.parse(CARTONS.formatted(parts[0], parts[1])),
                        MatchOptions.defaults().withTopK(10))
                .substitutions();

        // The paper mill runs the process; the company nobody knows the trade of may; the brewery packs beer.
        assertThat(proposalTo(found, "Papeterie")).isPresent();
        assertThat(proposalTo(found, "Inconnue")).isPresent();
        assertThat(proposalTo(found, "Brasserie")).isEmpty();
    }

    @Test
    void reusableBoxesStillGoToTheBreweryAsTheyAre() {
        List<Substitution> found = MATCHER.match(
                        Territories.parse(CARTONS.formatted("cartons d'expédition en bon état", "150101")),
                        MatchOptions.defaults())
                .substitutions();

        Substitution toBrewery = proposalTo(found, "Brasserie").orElseThrow();
        assertThat(toBrewery.pathway().labelFr()).startsWith("Réemploi direct");
    }

    @Test
    void aCompanyThatAskedForReusableBoxesMayTakeThemOutOfALotOfCartons() {
        // "cartons" is the material; the brewery asked for a kind of it, which the reuse pathway picks out.
        List<Substitution> found = MATCHER.match(
                        Territories.parse(CARTONS.formatted("cartons", "150101")
                                .replace("cartons pour packs de bières", "cartons réutilisables")),
                        MatchOptions.defaults())
                .substitutions();

        Substitution toBrewery = proposalTo(found, "Brasserie").orElseThrow();
        assertThat(toBrewery.pathway().id()).isEqualTo("cardboard-boxes-reuse");
    }

    @Test
    void aBakeryThatAskedForHeatIsNotOfferedItThroughDistrictHeating() {
        // Both 8 km from the incinerator: beyond the 5 km heat travels as it is, within the 15 km of the
        // district-heating pathway, which names network operators.
        List<Substitution> found = MATCHER.match(
                        Territories.parse("""
                        actor       | naf    | dir | resource       | qty   | lat    | lon   | extra
                        Incinerateur| 38.21Z | out | chaleur fatale | 20000 | 43.300 | 5.400 | unit=MWh temp=110
                        Boulangerie | 10.71C | in  | chaleur        | 300   | 43.372 | 5.400 | unit=MWh
                        Reseau      | 35.30Z | in  | chaleur        | 9000  | 43.228 | 5.400 | unit=MWh
                        """), MatchOptions.defaults().withTopK(10))
                .substitutions();

        assertThat(proposalTo(found, "Reseau").orElseThrow().pathway().id())
                .isEqualTo("incinerator-heat-to-district-heating");
        // The bakery asked for heat to use as it is, not to run a network.
        assertThat(proposalTo(found, "Boulangerie")).isEmpty();
    }

    /** ADETO's cannery asks for packaging; a car body shop, a laundry and a market gardener offer rigid plastics. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pare-chocs plastique           | 160119 | false
            bidons lessiviels vides        | 150102 | false
            caisses plastique de récolte   | 150102 | true
            used plastic crates            | 150102 | true
            """)
    void onlyCratesAreOfferedAsReusableCrates(String label, String ewc, boolean asCrates) {
        String territory = """
                actor      | naf    | dir | resource                     | qty | lat    | lon   | extra
                Offre      | 45.20A | out | %s                           | 5   | 43.300 | 5.400 | ewc=EWC
                Conserverie| 10.39A | in  | emballages pour expédition   | 14  | 43.305 | 5.400 |
                """;
        List<String> ways = pathways(territory.replace("EWC", ewc), label);

        assertThat(ways.contains("plastic-crates-reuse")).as(label).isEqualTo(asCrates);
    }

    @Test
    void aPrinterBuysItsPaperNewAndIsNotOfferedOfficeWastePaper() {
        List<Substitution> found = MATCHER.match(
                        Territories.parse("""
                        actor      | naf    | dir | resource         | qty | lat    | lon   | extra
                        Bureaux    | 69.20Z | out | papier de bureau | 2   | 43.300 | 5.400 | ewc=200101
                        Imprimerie | 18.12Z | -   |                  |     | 43.302 | 5.400 |
                        Papeterie  | 17.12Z | -   |                  |     | 43.304 | 5.400 |
                        """), MatchOptions.defaults().withTopK(10))
                .substitutions();

        assertThat(proposalTo(found, "Imprimerie")).isEmpty();
        assertThat(proposalTo(found, "Papeterie")).isPresent();
    }

    @Test
    void aNeedForWhatAPathwayMakesOfTheMaterialKeepsThePathwayWhateverTheTrade() {
        // A builder's "granulats" for slag that pathways send to road builders and quarries: the need is for the
        // pathway's use, not its input; the builder (41.20A) is not named, and is still proposed it.
        List<Substitution> found =
                MATCHER.match(Territories.parse("""
                        actor      | naf    | dir | resource          | qty   | lat    | lon   | extra
                        Acierie    | 24.10Z | out | laitier d'aciérie | 20000 | 43.300 | 5.400 | ewc=100202
                        Batisseur  | 41.20A | in  | granulats         | 5000  | 43.305 | 5.400 |
                        """), MatchOptions.defaults()).substitutions();

        Substitution toBuilder = proposalTo(found, "Batisseur").orElseThrow();
        assertThat(toBuilder.pathway()).isNotNull();
    }
}
