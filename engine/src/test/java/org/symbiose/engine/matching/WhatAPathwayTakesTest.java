package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symbiose.engine.knowledge.KnowledgeBase;

/**
 * A pathway takes the resource it is made for, and reaches the trade that runs it: faults seen in the PIICTO and
 * ADETO demos (issue 13, session 15), each beside the case the pathway is made for. Two companies 1 km apart, the
 * receiver with the need its trade would declare, or none ({@code -}).
 */
class WhatAPathwayTakesTest {

    static final Matcher MATCHER = new Matcher(KnowledgeBase.load());

    @ParameterizedTest(name = "{0} ({1}) to {2} through {4}: {5}")
    @CsvSource(
            delimiter = ';',
            value = {
                // A steelworks' gas-cleaning sludge is no carbon anode butt; an aluminium smelter's anode butts are.
                "boues d'épuration des fumées; 100214; 23.51Z; -; carbon-anode-scraps-to-reuse; false",
                "mégots d'anodes; 100302; 23.51Z; -; carbon-anode-scraps-to-reuse; true",
                "spent anode butts; 100302; 23.51Z; -; carbon-anode-scraps-to-reuse; true",
                // Spent resin beads are not the brines and acids that regenerated them.
                "résines échangeuses d'ions usées; 190905; 20.11Z; -; ion-exchange-regenerant-to-reuse; false",
                "éluats de régénération des résines; 190906; 37.00Z; -; ion-exchange-regenerant-to-reuse; true",
                // Polypropylene sprues are no big bags to reuse.
                "carottes et rebuts d'injection PP; 070213; 23.63Z; -; big-bags-reuse; false",
                "big bags usagés; 150102; 23.63Z; -; big-bags-reuse; true",
                "used bulk bags; 150102; 23.63Z; -; big-bags-reuse; true",
                // A clinic that needs its linen washed is a laundry's customer, not a laundry.
                "chiffons souillés; 150202; 86.10Z; blanchisserie linge hospitalier; soiled-rags-to-industrial-laundry; false",
                "soiled wiping rags; 150202; 55.10Z; laundry service; soiled-rags-to-industrial-laundry; false",
                "chiffons souillés; 150202; 96.01A; -; soiled-rags-to-industrial-laundry; true",
                // Asking for what a pathway makes is no need of what it takes in, when a maker stands between: a
                // painter that wants wiping rags rents them from the laundry, a cannery buys moulded trays, a
                // haulier biodiesel, a builder insulation; none can use the waste as it is.
                "chiffons souillés; 150202; 43.34Z; chiffons d'essuyage; soiled-rags-to-industrial-laundry; false",
                "vieux papiers; 200101; 10.39A; emballages pour conserves; paper-to-moulded-pulp; false",
                "vieux papiers; 200101; 17.21A; -; paper-to-moulded-pulp; true",
                "huiles alimentaires usagées; 200125; 49.41A; biocarburant pour nos camions; used-cooking-oil-to-biodiesel; false",
                "used cooking oil; 200125; 49.41A; biodiesel for our trucks; used-cooking-oil-to-biodiesel; false",
                "huiles alimentaires usagées; 200125; 20.59Z; -; used-cooking-oil-to-biodiesel; true",
                "vieux papiers; 200101; 41.20A; isolant pour nos chantiers; paper-to-cellulose-insulation; false",
                // Apt's candied-fruit syrup was read as nothing: a sugar syrup, liquid feed for pigs (a distillery
                // takes it too, through the pathway of off-spec drinks, which ranks first there).
                "sirop de confisage usagé; -; 01.46Z; -; sugar-syrups-to-fermentation-or-feed; true",
                "spent candying syrup; -; 01.46Z; -; sugar-syrups-to-fermentation-or-feed; true",
                // A local composter (a landscaper, a care home's garden) takes kitchen waste, not fats and oils
                // (session 16, the ADETO demo and a park written by hand).
                "huiles de friture; 200125; 81.30Z; -; biowaste-to-local-composting; false",
                "used cooking oil; 200125; 81.30Z; -; biowaste-to-local-composting; false",
                "graisses de bac à graisse; -; 81.30Z; -; biowaste-to-local-composting; false",
                "restes de repas; 200108; 81.30Z; -; biowaste-to-local-composting; true",
                "biodéchets; -; 81.30Z; -; biowaste-to-local-composting; true",
                // Essential oils are pressed from citrus peel, not from a cannery's apple and pear peelings (session
                // 16, a park written by hand).
                "épluchures et noyaux de fruits; 020304; 20.53Z; -; citrus-peel-to-essential-oils; false",
                "écorces d'orange; 020304; 20.53Z; -; citrus-peel-to-essential-oils; true",
                "orange peel; -; 20.53Z; -; citrus-peel-to-essential-oils; true",
                // A dairy farm that asks for feed is no pet-food maker: fish heads are not cattle feed (session 16).
                "fish heads and frames; 020202; 01.41Z; animal feed; animal-byproducts-cat3-to-petfood; false",
                "têtes et arêtes de poisson; 020202; 01.41Z; aliments pour le bétail; animal-byproducts-cat3-to-petfood; false",
                "fish heads and frames; 020202; 10.92Z; -; animal-byproducts-cat3-to-petfood; true",
                // A fish plant's wastewater is no milk condensate for a bakery's process water (session 16).
                "fish processing wastewater; -; 10.71A; -; milk-condensate-to-process-water; false",
                // Bauxite residue is carbonated at an alumina refinery, not at a chlor-alkali plant.
                "CO2 biogénique de fermentation; -; 20.13B; -; co2-to-bauxite-residue-carbonation; false",
                "CO2 biogénique de fermentation; -; 24.42Z; -; co2-to-bauxite-residue-carbonation; true",
            })
    void aPathwayTakesWhatItIsMadeForToTheTradeThatRunsIt(
            String label, String ewc, String receiverNaf, String need, String pathway, boolean offered) {
        boolean hazardous = ewc.equals("150202");
        String extra = (ewc.equals("-") ? "" : "ewc=" + ewc) + (hazardous ? " hazardous=true" : "");
        String receiverRow = need.equals("-")
                ? "Preneur      | %s | -   |    |     | 43.309 | 5.400 |".formatted(receiverNaf)
                : "Preneur      | %s | in  | %s | 100 | 43.309 | 5.400 |".formatted(receiverNaf, need);
        String table = String.join(
                "\n",
                "actor        | naf    | dir | resource | qty | lat    | lon   | extra",
                "Producteur   | 20.59Z | out | %s       | 500 | 43.300 | 5.400 | %s".formatted(label, extra),
                receiverRow);

        assertOfferedThrough(table, pathway, offered);
    }

    /**
     * A broad NAF class holds several trades, and a company's words say which it runs (trades.csv): PIICTO's
     * municipal incinerator (38.21) was offered glycerol "for digestion" and algae "for composting", its scrap-metal
     * merchant (38.32) PVC, tyres and solvents "for recycling". Each beside a company of the same class whose words
     * name the trade that runs the pathway, and one whose words name none.
     */
    @ParameterizedTest(name = "{0} to {2} ({1}) through {3}: {4}")
    @CsvSource(
            delimiter = ';',
            value = {
                "glycérine brute; 38.21Z; Incinération de déchets non dangereux; crude-glycerol-to-anaerobic-digestion; false",
                "glycérine brute; 38.21Z; Unité de méthanisation territoriale; crude-glycerol-to-anaerobic-digestion; true",
                "crude glycerol; 38.21Z; Energy-from-waste plant; crude-glycerol-to-anaerobic-digestion; false",
                "crude glycerol; 38.21Z; Anaerobic digestion plant; crude-glycerol-to-anaerobic-digestion; true",
                "glycérine brute; 38.21Z; Traitement de déchets; crude-glycerol-to-anaerobic-digestion; true",
                "purges et croûtes de PVC; 38.32Z; Récupération et préparation de ferrailles; pvc-to-recycling; false",
                "purges et croûtes de PVC; 38.32Z; Recyclage de plastiques; pvc-to-recycling; true",
                "purges et croûtes de PVC; 38.32Z; Recyclage de métaux et plastiques; pvc-to-recycling; true",
                "PVC production scrap; 38.32Z; Scrap metal recycling; pvc-to-recycling; false",
                // A golf course waters its turf with treated wastewater; a pool's water must be drinking water.
                "eaux usées traitées; 93.11Z; Golf de la Sainte-Baume; treated-wastewater-to-golf-irrigation; true",
                "eaux usées traitées; 93.11Z; Piscine municipale; treated-wastewater-to-golf-irrigation; false",
                "treated wastewater; 93.11Z; Leisure centre with swimming pool; treated-wastewater-to-golf-irrigation; false",
                // A chlor-alkali plant (20.13, like acid makers and carbonate plants) takes steam, not spent acids.
                "acides de décapage usés; 20.13B; Électrolyse chlore-soude; spent-sulphuric-acid-regeneration; false",
                "acides de décapage usés; 20.13B; Fabrication d'acide sulfurique; spent-sulphuric-acid-regeneration; true",
                "vapeur 20 bar; 20.13B; Électrolyse chlore-soude; incinerator-steam-to-industry; true",
                // Coffee husks are no herbal tea residue: the reasons name the pathway of food by-products.
                "pellicules de café; 38.21Z; Plateforme de compostage; tea-herbal-residues-to-compost; false",
                "pellicules de café; 38.21Z; Plateforme de compostage; food-by-products-to-composting-or-digestion; true",
                // A green-waste composting site takes plant matter only; one that also names biowaste takes kitchen
                // waste.
                "restes de repas; 38.21Z; Plateforme de compostage de déchets verts; biowaste-to-composting; false",
                "restes de repas; 38.21Z; Compostage de déchets verts et de biodéchets; biowaste-to-composting; true",
                "restes de repas; 38.21Z; Plateforme de compostage; biowaste-to-composting; true",
                "kitchen food waste; 38.21Z; Green waste composting site; biowaste-to-composting; false",
                "tontes et feuilles; 38.21Z; Plateforme de compostage de déchets verts; biowaste-to-composting; true",
                // A grower under glass takes heat and CO2, and runs no digester for others' crop residues; a grower
                // in the field may (session 16, a park written by hand).
                "sarments de vigne; 01.13Z; Serres maraîchères chauffées (tomates); crop-residues-to-anaerobic-digestion; false",
                "straw; 01.13Z; Greenhouse tomato grower; crop-residues-to-anaerobic-digestion; false",
                "sarments de vigne; 01.13Z; Maraîchage de plein champ; crop-residues-to-anaerobic-digestion; true",
                "chaleur basse température; 01.13Z; Serres maraîchères chauffées (tomates); waste-heat-to-greenhouses; true",
                // A grower takes the nitrogen fertiliser stripped from digestate, not the digestate to strip it: the
                // digester or a fertiliser maker strips.
                "digestat liquide; 01.13Z; Serres maraîchères chauffées (tomates); digestate-liquor-to-ammonia-stripping; false",
                "digestat liquide; 20.15Z; Fabrication d'engrais azotés; digestate-liquor-to-ammonia-stripping; true",
                // A laundry of hotel and care-home linen takes heat, not rags soiled with oils or solvents; an
                // industrial laundry of wiping rags does.
                "chiffons souillés; 96.01A; Blanchisserie industrielle (hôtels et EHPAD); soiled-rags-to-industrial-laundry; false",
                "soiled wiping rags; 96.01A; Hospital linen laundry; soiled-rags-to-industrial-laundry; false",
                "chiffons souillés; 96.01A; Location et lavage de chiffons d'essuyage; soiled-rags-to-industrial-laundry; true",
                "eau chaude de refroidissement; 96.01A; Blanchisserie industrielle (hôtels et EHPAD); cogeneration-heat-to-neighbours; true",
            })
    void aCompanyIsOfferedThePathwaysItsTradeRuns(
            String label, String receiverNaf, String activity, String pathway, boolean offered) {
        String table = String.join(
                "\n",
                "actor        | naf    | dir | resource | qty | lat    | lon   | extra",
                "Producteur   | 20.59Z | out | %s       | 500 | 43.300 | 5.400 |".formatted(label),
                "Preneur      | %s | -   |    |     | 43.309 | 5.400 | activity=%s"
                        .formatted(receiverNaf, activity.replace(' ', '_')));

        assertOfferedThrough(table, pathway, offered);
    }

    /**
     * A farm digester that asks for "intrants méthanisables" asked for feedstock, not for a farm's inputs
     * (fertilisers, seeds): it is offered the marc through its need, not only as a farm that might spread it (session
     * 16, a park written by hand).
     */
    @ParameterizedTest(name = "{0} to a farm digester asking for {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "marcs de raisin; 020704; intrants méthanisables",
                "épluchures de fruits; 020304; substrats méthanisables",
                "fruit pomace; 020304; digester inputs",
            })
    void aDigesterThatAsksForFeedstockIsOfferedItThroughItsNeed(String label, String ewc, String need) {
        String table = String.join(
                "\n",
                "actor        | naf    | dir | resource | qty | lat    | lon   | extra",
                "Producteur   | 10.39A | out | %s       | 500 | 43.300 | 5.400 | ewc=%s".formatted(label, ewc),
                "Preneur      | 01.50Z | in  | %s       | 900 | 43.309 | 5.400 |".formatted(need));

        assertThat(offeredToTaker(table))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.demandFlow()).isNotNull());
    }

    /** Whether the company "Preneur" of the table is offered the supply through the pathway, with ten places. */
    static void assertOfferedThrough(String table, String pathway, boolean offered) {
        List<String> ways = offeredToTaker(table).stream()
                .filter(s -> s.pathway() != null)
                .map(s -> s.pathway().id())
                .toList();

        if (offered) {
            assertThat(ways).contains(pathway);
        } else {
            assertThat(ways).doesNotContain(pathway);
        }
    }

    /** What the company "Preneur" of the table is offered, with ten places. */
    static List<Substitution> offeredToTaker(String table) {
        return MATCHER.match(Territories.parse(table), MatchOptions.defaults().withTopK(10)).substitutions().stream()
                .filter(s -> s.demandActor().equals("Preneur"))
                .toList();
    }
}
