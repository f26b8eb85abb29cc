package org.symbiose.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.engine.actor.Siret;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.ExchangeReader;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.WasteCatalogue;

class TerritoryGeneratorTest {

    static TerritoryGenerator generator;
    static Dataset territory;

    @BeforeAll
    static void generateOnce() {
        generator = TerritoryGenerator.standard();
        territory = generator.generate(TerritoryOptions.of(4_000, 42));
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
        generator.write(TerritoryOptions.of(500, 7), first, Progress.SILENT);
        TerritoryGenerator.standard().write(TerritoryOptions.of(500, 7), second, Progress.SILENT);

        for (String file : List.of(ExchangeReader.ACTORS, ExchangeReader.FLOWS)) {
            assertThat(Files.readAllBytes(second.resolve(file))).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesAnotherTerritory(@TempDir Path first, @TempDir Path second) throws Exception {
        generator.write(TerritoryOptions.of(200, 1), first, Progress.SILENT);
        generator.write(TerritoryOptions.of(200, 2), second, Progress.SILENT);

        assertThat(Files.readString(second.resolve(ExchangeReader.FLOWS)))
                .isNotEqualTo(Files.readString(first.resolve(ExchangeReader.FLOWS)));
    }

    @Test
    void writtenFilesReadBackWithoutErrorAsTheTerritoryGeneratedInMemory(@TempDir Path folder) throws Exception {
        TerritoryOptions options = TerritoryOptions.of(1_500, 3);
        TerritoryGenerator.Summary summary = generator.write(options, folder, Progress.SILENT);

        Dataset read = new ExchangeReader().read(folder);

        assertThat(read.actors()).hasSize(1_500);
        assertThat(read.flows()).hasSize((int) summary.flows());
        assertThat(read).isEqualTo(generator.generate(options));
    }

    @Test
    void sectorMixFollowsTheIntendedShares() {
        Map<String, Long> byDivision = territory.actors().stream()
                .filter(actor -> actor.naf() != null)
                .collect(Collectors.groupingBy(actor -> actor.naf().substring(0, 2), Collectors.counting()));
        long withNaf = byDivision.values().stream().mapToLong(Long::longValue).sum();
        assertThat(withNaf).as("NAF code given for about 98 %%").isGreaterThan(3_800);

        for (String division : List.of("43", "46", "47", "56", "25", "10", "49", "52", "71")) {
            double expected = generator.share(division);
            double actual = byDivision.getOrDefault(division, 0L) / (double) withNaf;
            assertThat(actual).as("share of division " + division).isCloseTo(expected, within(0.025));
        }
        double construction = share(byDivision, withNaf, "41", "42", "43");
        double trade = share(byDivision, withNaf, "45", "46", "47");
        double heavy = share(byDivision, withNaf, "19", "20", "24", "35");
        assertThat(construction).isBetween(0.10, 0.18);
        assertThat(trade).isBetween(0.18, 0.28);
        assertThat(heavy).isBetween(0.005, 0.04);
        assertThat(byDivision).as("a varied territory").hasSizeGreaterThan(50);
    }

    @Test
    void everyNafCodeIsASubClassOfTheCatalogue() {
        NafCatalogue naf = NafCatalogue.load();
        assertThat(territory.actors())
                .extracting(Actor::naf)
                .filteredOn(code -> code != null)
                .allSatisfy(code -> assertThat(naf.get(code).level())
                        .isEqualTo(org.symbiose.engine.nomenclature.NafCode.Level.SUB_CLASS));
    }

    @Test
    void everyActorDeclaresTwoToEightFlowsAboutFiveOnAverage() {
        Map<String, Long> perActor =
                territory.flows().stream().collect(Collectors.groupingBy(FlowRecord::actorId, Collectors.counting()));

        assertThat(perActor).hasSize(territory.actors().size());
        assertThat(perActor.values()).allSatisfy(count -> assertThat(count).isBetween(2L, 8L));
        double mean = territory.flows().size() / (double) territory.actors().size();
        assertThat(mean).isBetween(4.5, 5.5);
    }

    @Test
    void bothDirectionsAndManyCategoriesAppear() {
        long supplies = territory.flows().stream()
                .filter(f -> f.direction() == Direction.OUT)
                .count();
        assertThat(supplies / (double) territory.flows().size()).isBetween(0.25, 0.6);
        assertThat(territory.flows())
                .extracting(FlowRecord::category)
                .contains(FlowCategory.WASTE, FlowCategory.MATERIAL, FlowCategory.SERVICE, FlowCategory.PURCHASE);
    }

    @Test
    void supplyShareCanBeForced() {
        Dataset half = generator.generate(TerritoryOptions.of(2_000, 5).withSupplyShare(0.5));
        long supplies = half.flows().stream()
                .filter(f -> f.direction() == Direction.OUT)
                .count();
        assertThat(supplies / (double) half.flows().size()).isCloseTo(0.5, within(0.03));
    }

    @Test
    void actorsAreInTheRegionWithValidSiretsAndDistinctSirens() {
        assertThat(territory.actors()).allSatisfy(actor -> {
            assertThat(actor.location().isInProvenceAlpesCoteDAzur()).isTrue();
            if (actor.siret() != null) {
                assertThat(Siret.isValid(actor.siret())).as(actor.siret()).isTrue();
            }
        });
        List<String> sirens = territory.actors().stream()
                .filter(actor -> actor.siret() != null)
                .map(actor -> actor.siret().substring(0, 9))
                .toList();
        assertThat(sirens).doesNotHaveDuplicates();
    }

    @Test
    void companiesClusterInBusinessParks() {
        Map<String, Long> byZone = territory.actors().stream()
                .filter(actor -> actor.zone() != null)
                .collect(Collectors.groupingBy(Actor::zone, Collectors.counting()));
        assertThat(byZone.size()).as("about one park per 60 companies").isBetween(30, 80);
        assertThat(territory.actors().stream()
                        .map(Actor::communeInsee)
                        .filter(c -> c != null)
                        .distinct()
                        .count())
                .isGreaterThan(20);
    }

    @Test
    void wasteCodesAgreeWithTheirHazardFlagAndHeatCarriesATemperature() {
        WasteCatalogue waste = WasteCatalogue.load();
        List<FlowRecord> withCode =
                territory.flows().stream().filter(f -> f.ewc() != null).toList();
        assertThat(withCode).isNotEmpty().allSatisfy(flow -> {
            assertThat(flow.direction()).isEqualTo(Direction.OUT);
            if (flow.hazardous() != null) {
                assertThat(flow.hazardous()).isEqualTo(waste.get(flow.ewc()).hazardous());
            }
        });
        List<FlowRecord> heat = territory.flows().stream()
                .filter(f -> f.category() == FlowCategory.HEAT)
                .toList();
        assertThat(heat).isNotEmpty();
        assertThat(heat.stream().filter(f -> f.temperatureC() != null).count()).isGreaterThan(heat.size() / 2);
    }

    @Test
    void labelsVaryAsPeopleWriteThem() {
        Map<String, Long> labels =
                territory.flows().stream().collect(Collectors.groupingBy(FlowRecord::label, Collectors.counting()));
        assertThat(labels.size())
                .as("distinct labels")
                .isGreaterThan(territory.flows().size() / 20);
        assertThat(labels.keySet()).anySatisfy(label -> assertThat(label).matches("^\\p{Lu}.*"));
        assertThat(labels.keySet()).anySatisfy(label -> assertThat(label).matches("^\\p{Ll}.*"));
        assertThat(territory.flows().stream()
                        .map(FlowRecord::quantity)
                        .filter(q -> q != null)
                        .count())
                .isGreaterThan(territory.flows().size() * 8L / 10);
    }

    private static double share(Map<String, Long> byDivision, long total, String... divisions) {
        return List.of(divisions).stream()
                        .mapToLong(d -> byDivision.getOrDefault(d, 0L))
                        .sum()
                / (double) total;
    }
}
