package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.exchange.Dataset;

/** The substitution rules on a small knowledge base: declared needs, activities, distance, heat, hazard. */
class SubstitutionMatchingTest {

    final Matcher matcher = new Matcher(SmallKnowledge.load());

    List<Substitution> match(String table) {
        return matcher.match(Territories.parse(table), MatchOptions.defaults()).substitutions();
    }

    @Test
    void sendsSawdustToTheBoilerThatDeclaredItsNeed() {
        var found = match("""
                actor       | naf    | dir | resource              | qty | lat   | lon  | extra
                Scierie     | 16.10A | out | sciure de bois        | 1200 | 43.12 | 5.93 |
                Chaufferie  | 35.30Z | in  | combustible biomasse  | 900  | 43.13 | 5.95 |
                """);

        assertThat(found).hasSize(1);
        Substitution best = found.get(0);
        assertThat(best.supplyActor()).isEqualTo("Scierie");
        assertThat(best.demandActor()).isEqualTo("Chaufferie");
        assertThat(best.demandFlow()).isNotNull();
        assertThat(best.pathway().id()).isEqualTo("sawdust-to-boiler");
        assertThat(best.quantityValue()).isEqualTo(900.0);
        assertThat(best.quantityUnit()).isEqualTo("t/year");
        assertThat(best.reasonsFr()).anySatisfy(r -> assertThat(r).contains("Sciure en chaufferie biomasse"));
        assertThat(best.reasonsEn()).anySatisfy(r -> assertThat(r).contains("Distance: 2"));
    }

    @Test
    void findsAReceiverThroughItsActivityWhenItDeclaredNothing() {
        var found = match("""
                actor         | naf    | dir | resource         | qty    | lat   | lon  | extra
                Centrale      | 35.11Z | out | fly ash          | 40000  | 43.40 | 4.90 |
                Cimenterie    | 23.51Z | -   |                  |        | 43.45 | 4.95 |
                Boulangerie   | 10.71C | -   |                  |        | 43.41 | 4.91 |
                """);

        assertThat(found).extracting(Substitution::demandActor).containsExactly("Cimenterie");
        assertThat(found.get(0).isProspective()).isTrue();
        assertThat(found.get(0).pathway().id()).isEqualTo("fly-ash-to-cement");
    }

    @Test
    void readsTyposPluralsAndAbbreviations() {
        var found = match("""
                actor       | naf    | dir | resource            | qty | lat   | lon  | extra
                Menuiserie  | 16.23Z | out | SCIURES DE BOIS     | 10  | 43.12 | 5.93 |
                Chaufferie  | 35.30Z | in  | combustibles biomase| 9   | 43.13 | 5.95 |
                """);
        assertThat(found).extracting(Substitution::demandActor).containsExactly("Chaufferie");
    }

    @Test
    void respectsEachResourcesDistanceLimit() {
        var found = match("""
                actor       | naf    | dir | resource       | qty | lat   | lon  | extra
                Usine       | 20.14Z | out | chaleur fatale | 5000 | 43.10 | 5.90 | unit=MWh temp=90
                Reseau      | 35.30Z | in  | chaleur        | 3000 | 43.20 | 5.90 | unit=MWh
                """);
        assertThat(found).as("heat does not travel 11 km").isEmpty();
    }

    @Test
    void heatMustBeWarmEnoughForTheNetworkAndTheNeed() {
        String territory = """
                actor       | naf    | dir | resource       | qty | lat   | lon   | extra
                Usine       | 20.14Z | out | chaleur fatale | 5000 | 43.100 | 5.900 | unit=MWh temp=%s
                Reseau      | 35.30Z | -   |                |      | 43.110 | 5.900 |
                Serre       | 01.13Z | in  | chaleur        | 800  | 43.101 | 5.901 | unit=MWh temp=70
                """;
        assertThat(match(territory.formatted("45")))
                .as("45 °C is too cool for the network (60 °C) and the greenhouse (70 °C)")
                .isEmpty();
        assertThat(match(territory.formatted("65")))
                .extracting(Substitution::demandActor)
                .containsExactly("Reseau");
        assertThat(match(territory.formatted("90")))
                .extracting(Substitution::demandActor)
                .containsExactlyInAnyOrder("Reseau", "Serre");
    }

    @Test
    void hazardousWasteGoesOnlyWhereAPathwayAllowsIt() {
        var found = match("""
                actor       | naf    | dir | resource          | qty | lat   | lon  | extra
                Garage      | 45.20A | out | solvants usagés   | 3   | 43.40 | 4.90 | ewc=140603 hazardous=true
                Cimenterie  | 23.51Z | -   |                   |     | 43.45 | 4.95 |
                Scierie     | 16.10A | -   |                   |     | 43.41 | 4.91 |
                """);
        assertThat(found)
                .extracting(Substitution::pathway)
                .extracting(PathwayRef::id)
                .containsExactly("solvents-to-kiln");
    }

    @Test
    void neverMatchesACompanyWithItself() {
        var found = match("""
                actor   | naf    | dir | resource       | qty | lat   | lon  | extra
                Usine   | 16.10A | out | sciure de bois | 10  | 43.1  | 5.9  |
                Usine   | 16.10A | in  | sciure         | 10  | 43.1  | 5.9  |
                """);
        assertThat(found).isEmpty();
    }

    @Test
    void refusesNeedsWhoseAvailabilityDoesNotOverlap() {
        var found = match("""
                actor       | naf    | dir | resource              | qty | lat   | lon  | extra
                Scierie     | 16.10A | out | sciure de bois        | 10  | 43.12 | 5.93 | to=2026-03-31
                Chaufferie  | 35.30Z | in  | combustible biomasse  | 9   | 43.13 | 5.95 | from=2026-06-01
                """);
        assertThat(found).isEmpty();
    }

    @Test
    void reportsLabelsItCannotReadInsteadOfGuessing() {
        Dataset dataset = Territories.parse("""
                actor   | naf    | dir | resource          | qty | lat   | lon | extra
                Usine   | 16.10A | out | bidule machin     | 10  | 43.1  | 5.9 |
                """);
        MatchResult result = matcher.match(dataset, MatchOptions.defaults());
        assertThat(result.unclassified()).extracting(UnclassifiedFlow::label).containsExactly("bidule machin");
        assertThat(result.candidates()).isEmpty();
    }

    @Test
    void keepsTheTopKReceiversOfEachSupply() {
        var table = new StringBuilder("actor | naf | dir | resource | qty | lat | lon | extra\n");
        table.append("Scierie | 16.10A | out | sciure de bois | 100 | 43.10 | 5.90 |\n");
        for (int i = 0; i < 8; i++) {
            table.append("Chaufferie")
                    .append(i)
                    .append(" | 35.30Z | in | combustible biomasse | 50 | ")
                    .append(43.10 + i * 0.01)
                    .append(" | 5.90 |\n");
        }
        var found = matcher.match(
                        Territories.parse(table.toString()),
                        MatchOptions.defaults().withTopK(3))
                .substitutions();
        assertThat(found).hasSize(3);
        assertThat(found)
                .extracting(Substitution::demandActor)
                .containsExactly("Chaufferie0", "Chaufferie1", "Chaufferie2");
    }
}
