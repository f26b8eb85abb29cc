package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symbiose.engine.knowledge.KnowledgeBase;

/**
 * Every synergy of the regional compendium, and the classic exchanges of eco-industrial parks, found by
 * the shipped knowledge base among distracting neighbours: the true receiver is the supply's best.
 */
class KnowledgeBaseSynergiesTest {

    static final Matcher MATCHER = new Matcher(KnowledgeBase.load());

    /** Neighbours that could wrongly attract any supply. */
    static final String DISTRACTORS = """
            Boulangerie | 10.71C | in  | farine                | 20  | 43.301 | 5.401 |
            Bureau      | 69.20Z | in  | fournitures de bureau |     | 43.302 | 5.402 | category=purchase
            Garage      | 45.20A | out | pneus usagés          | 3   | 43.303 | 5.403 |
            Logistique  | 52.10B | in  | film étirable         | 5   | 43.304 | 5.404 |
            Restaurant  | 56.10A | in  | huile de friture      | 1   | 43.305 | 5.405 |
            """;

    static Stream<Arguments> synergies() {
        return Stream.of(
                // The regional compendium's synergies
                synergy(
                        "olive-mill residues to soap (Authentic Provence)",
                        "Moulin      | 10.41A | out | grignons d'olive             | 300  | 43.300 | 5.400 |",
                        "Savonnerie  | 20.41Z | -   |                              |      | 43.320 | 5.420 |"),
                synergy(
                        "decarbonation sludge to road sub-base (PIICTO)",
                        "Chimie      | 20.13B | out | boues de décarbonatation     | 16000 | 43.300 | 5.400 |",
                        "Routes      | 42.11Z | in  | matériaux de sous-couche routière | 20000 | 43.330 | 5.430 |"),
                synergy(
                        "ceramic shards to gabions (Argile circulaire)",
                        "Ceramiste   | 23.41Z | out | tessons de céramique         | 5    | 43.300 | 5.400 |",
                        "Paysagiste  | 81.30Z | in  | remplissage de gabions       | 10   | 43.310 | 5.410 |"),
                synergy(
                        "waste heat to a heating network (CAVEM)",
                        "Usine       | 20.59Z | out | chaleur fatale               | 4000 | 43.300 | 5.400 | unit=MWh temp=85",
                        "Reseau      | 35.30Z | -   |                              |      | 43.310 | 5.405 |"),
                synergy(
                        "treated wastewater to golf irrigation (CAVEM)",
                        "STEP        | 37.00Z | out | eaux usées traitées          | 200000 | 43.300 | 5.400 | unit=m3",
                        "Golf        | 93.11Z | in  | eau d'arrosage               | 150000 | 43.320 | 5.420 | unit=m3"),
                synergy(
                        "pallets reuse (EBG, Club PAL)",
                        "Imprimerie  | 18.12Z | out | palettes bois                | 30   | 43.300 | 5.400 |",
                        "Reconditionneur | 16.24Z | in | palettes usagées          | 100  | 43.301 | 5.402 |"),
                synergy(
                        "demineralised water surplus (PIICTO)",
                        "Centrale    | 35.11Z | out | surplus d'eau déminéralisée  | 3500 | 43.300 | 5.400 | unit=m3",
                        "Pharma      | 21.20Z | in  | eau déminéralisée            | 3000 | 43.310 | 5.410 | unit=m3"),
                synergy(
                        "sewage sludge to anaerobic digestion (CAVEM)",
                        "STEP        | 37.00Z | out | boues de STEP                | 5000 | 43.300 | 5.400 |",
                        "Methaniseur | 35.21Z | -   |                              |      | 43.330 | 5.430 |"),
                synergy(
                        "restaurant biowaste to anaerobic digestion (ADETO)",
                        "Cantine     | 56.29A | out | biodéchets de cuisine        | 40   | 43.300 | 5.400 |",
                        "Methaniseur | 38.21Z | in  | intrants de méthanisation    | 5000 | 43.320 | 5.420 |"),
                synergy(
                        "production sand to golf courses (Entrepreneurs des Sorgues)",
                        "Verrerie    | 23.19Z | out | sable de production          | 200  | 43.300 | 5.400 |",
                        "Golf        | 93.11Z | in  | sable pour bunkers           | 150  | 43.320 | 5.420 |"),
                synergy(
                        "pool liners to an artist (Entrepreneurs des Sorgues)",
                        "Pisciniste  | 43.99D | out | liners de piscine usagés     | 2    | 43.300 | 5.400 |",
                        "Artiste     | 90.03A | in  | matériaux de récupération pour création | 1 | 43.310 | 5.410 |"),
                synergy(
                        "green waste to solid fuel (Entrepreneurs des Sorgues)",
                        "Paysagiste  | 81.30Z | out | déchets verts                | 800  | 43.300 | 5.400 |",
                        "Chaufferie  | 35.30Z | in  | combustible biomasse         | 1000 | 43.320 | 5.420 |"),
                synergy(
                        "cardboard to packaging dunnage (Entrepreneurs des Sorgues, EBG)",
                        "Grossiste   | 46.90Z | out | cartons d'emballage          | 40   | 43.300 | 5.400 |",
                        "Expediteur  | 47.91B | in  | matériel de calage           | 10   | 43.310 | 5.410 |"),
                synergy(
                        "local HCl 33 % (PIICTO)",
                        "Chloralcali | 20.13B | out | acide chlorhydrique 33 %     | 2000 | 43.300 | 5.400 |",
                        "Traitement  | 25.61Z | in  | HCl 33%                      | 500  | 43.330 | 5.430 |"),
                synergy(
                        "co-product hydrogen to heavy trucks (PIICTO HyaMMED)",
                        "Chloralcali | 20.13B | out | hydrogène coproduit          | 300  | 43.300 | 5.400 |",
                        "Transports  | 49.41A | in  | hydrogène pour camions       | 250  | 43.330 | 5.430 |"),
                synergy(
                        "CO2 from flue gas to polyols (PIICTO Carbon4PUR)",
                        "Acierie     | 24.10Z | out | CO2 des fumées               | 50000 | 43.300 | 5.400 |",
                        "Polyols     | 20.16Z | in  | CO2 matière première         | 10000 | 43.320 | 5.420 |"),
                synergy(
                        "declassed goods to a ressourcerie (Entrepreneurs des Sorgues)",
                        "Distributeur| 46.49Z | out | articles déclassés           | 20   | 43.300 | 5.400 |",
                        "Ressourcerie| 47.79Z | in  | dons d'objets                | 30   | 43.310 | 5.410 |"),
                // Classic exchanges of eco-industrial parks (labels in English)
                synergy(
                        "fly ash to cement (Kalundborg)",
                        "Power plant | 35.11Z | out | fly ash                      | 40000 | 43.300 | 5.400 |",
                        "Cement      | 23.51Z | in  | Raw material for cement production | 100000 | 43.380 | 5.480 |"),
                synergy(
                        "BF slag to cement, prospective",
                        "Steelworks  | 24.10Z | out | BF slag                      | 300000 | 43.300 | 5.400 |",
                        "Cement      | 23.51Z | -   |                              |       | 43.380 | 5.480 |"),
                synergy(
                        "FGD gypsum to plasterboard (Kalundborg)",
                        "Power plant | 35.11Z | out | FGD gypsum                   | 80000 | 43.300 | 5.400 |",
                        "Plasterboard| 23.62Z | in  | gypsum                       | 100000 | 43.320 | 5.420 |"),
                synergy(
                        "spent grain to animal feed",
                        "Brewery     | 11.05Z | out | spent grain                  | 900  | 43.300 | 5.400 |",
                        "Farm        | 01.41Z | in  | animal feed                  | 500  | 43.320 | 5.420 |"),
                synergy(
                        "surplus steam to a neighbour",
                        "Incinerator | 38.21Z | out | surplus steam 12 bar         | 50000 | 43.300 | 5.400 | unit=MWh temp=190",
                        "Chemicals   | 20.14Z | in  | process steam                | 30000 | 43.305 | 5.405 | unit=MWh"),
                synergy(
                        "CO2 to greenhouses",
                        "Ammonia     | 20.15Z | out | pure CO2                     | 20000 | 43.300 | 5.400 |",
                        "Greenhouse  | 01.13Z | in  | CO2 for crop enrichment      | 5000 | 43.320 | 5.420 |"),
                synergy(
                        "waste heat to a greenhouse",
                        "Data centre | 63.11Z | out | Process heat                 | 8000 | 43.300 | 5.400 | unit=MWh temp=45",
                        "Greenhouse  | 01.13Z | in  | low temperature heat         | 5000 | 43.310 | 5.405 | unit=MWh"));
    }

    static Arguments synergy(String name, String supplier, String receiver) {
        String receiverName = receiver.split("\\|")[0].strip();
        return Arguments.of(name, supplier, receiver, receiverName);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("synergies")
    void findsTheTrueReceiverFirst(String name, String supplier, String receiver, String receiverName) {
        String table = "actor | naf | dir | resource | qty | lat | lon | extra\n" + supplier + "\n" + receiver + "\n"
                + DISTRACTORS;
        MatchResult result = MATCHER.match(Territories.parse(table), MatchOptions.defaults());
        String supplierName = supplier.split("\\|")[0].strip();
        List<Substitution> ofSupply = result.substitutions().stream()
                .filter(s -> s.supplyActor().equals(supplierName))
                .toList();
        assertThat(result.unclassified())
                .as("unread labels")
                .noneMatch(u -> u.actorId().equals(supplierName));
        assertThat(ofSupply).as("proposals for %s", name).isNotEmpty();
        assertThat(ofSupply.get(0).demandActor())
                .as("best receiver for %s, proposals: %s", name, ofSupply)
                .isEqualTo(receiverName);
    }
}
