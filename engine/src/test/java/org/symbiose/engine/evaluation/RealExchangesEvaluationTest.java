package org.symbiose.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.nomenclature.WasteCode;

/**
 * Measures the matcher on several hundred documented exchanges of eco-industrial parks and regional
 * programmes (issue 3, item 9): for each, the true receiver competes with {@value EvaluationTerritory#BACKGROUND}
 * companies of the same territory, and a hit is the receiver among the five best proposals for the supply.
 * Writes {@code target/evaluation-report.md} (figures, holdout apart, misses with what was proposed
 * instead); docs/evaluation.md explains the collection and how to read the report.
 */
class RealExchangesEvaluationTest {

    /**
     * The floor on the top-5 hit rate over all exchanges, below which the build fails: under the 79.5 %
     * measured on 2026-12-07 (session engine-quality-2, docs/evaluation.md; 0.76 before), so that a change
     * that loses ground is caught. Raise it as the matcher improves; the issue asks for a large majority.
     */
    static final double MINIMUM_TOP5 = 0.78;

    /**
     * The same floor with variety among a supply's places ({@code --variety}): 84.2 % measured on 2026-12-07
     * (0.80 before).
     */
    static final double MINIMUM_TOP5_WITH_VARIETY = 0.84;

    private static final Set<String> CATEGORIES = Set.of("material", "waste", "by-product", "water", "energy", "heat");

    @Test
    void theCollectionIsWellFormed() {
        List<RealExchange> rows = RealExchange.load();
        assertThat(rows).hasSizeBetween(250, 350);
        assertWellFormed(rows, "EX\\d{3}", true);
        assertThat((double) rows.stream().filter(RealExchange::holdout).count() / rows.size())
                .isBetween(0.18, 0.22);
    }

    /**
     * The French-written collection (issue 13, item 6 c): at least 100 exchanges, the same checks, a few rows
     * without a NACE code as facilitators' files often have, and a holdout by CRC-32 of the id, whose share is
     * what the hash gives (27.6 % of 127 rows), fixed before the collection was first run.
     */
    @Test
    void theFrenchCollectionIsWellFormed() {
        List<RealExchange> rows = RealExchange.loadFrench();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertWellFormed(rows, "FR\\d{3}", false);
        assertThat(rows).allSatisfy(x -> assertThat(x.french()).isTrue());
        long withBothCodes = rows.stream()
                .filter(x -> x.supplierNace() != null && x.receiverNace() != null)
                .count();
        assertThat((double) withBothCodes / rows.size())
                .as("rows with both codes")
                .isGreaterThan(0.8);
        assertThat((double) rows.stream().filter(RealExchange::holdout).count() / rows.size())
                .isBetween(0.15, 0.30);
        assertThat(rows)
                .as("French wording")
                .filteredOn(x -> x.supplyLabel().matches(".*[éèàçêâôû].*"))
                .hasSizeGreaterThan(rows.size() / 3);
    }

    private static void assertWellFormed(List<RealExchange> rows, String idPattern, boolean codesRequired) {
        NafCatalogue naf = NafCatalogue.load();
        WasteCatalogue waste = WasteCatalogue.load();
        Set<String> ids = new HashSet<>();
        Set<String> exchanges = new HashSet<>();
        for (RealExchange x : rows) {
            assertThat(x.id()).matches(idPattern);
            assertThat(ids.add(x.id())).as("unique id %s", x.id()).isTrue();
            assertThat(List.of(x.park(), x.supplierActivity(), x.supplyLabel(), x.receiverActivity(), x.source()))
                    .as(x.id())
                    .allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(x.country()).as(x.id()).matches("[A-Z]{2}");
            for (String code : java.util.Arrays.asList(x.supplierNace(), x.receiverNace())) {
                if (code == null) {
                    assertThat(codesRequired)
                            .as("%s: a NACE class is missing", x.id())
                            .isFalse();
                    continue;
                }
                assertThat(naf.find(code).map(NafCode::level))
                        .as("%s: NACE class %s", x.id(), code)
                        .contains(NafCode.Level.CLASS);
            }
            if (x.supplyEwc() != null) {
                assertThat(waste.find(x.supplyEwc()).map(WasteCode::level))
                        .as("%s: List-of-Waste entry %s", x.id(), x.supplyEwc())
                        .contains(WasteCode.Level.ENTRY);
            }
            assertThat(CATEGORIES).as(x.id()).contains(x.supplyCategory());
            if (x.supplyTemperatureC() != null) {
                assertThat(x.supplyTemperatureC()).as(x.id()).isBetween(1.0, 600.0);
            }
            String key = String.join("|", x.park(), x.supplierActivity(), x.supplyLabel(), x.receiverActivity())
                    .toLowerCase(Locale.ROOT);
            assertThat(exchanges.add(key)).as("%s repeats an exchange", x.id()).isTrue();
        }
        assertThat(rows)
                .filteredOn(x -> x.group() == ResourceGroup.OTHER)
                .as("exchanges without a kind of resource")
                .extracting(RealExchange::supplyLabel)
                .isEmpty();
        long prospective = rows.stream().filter(x -> !x.declaredNeed()).count();
        assertThat((double) prospective / rows.size()).isBetween(0.25, 0.42);
    }

    @Test
    void theBackgroundUsesRealCodes() {
        NafCatalogue naf = NafCatalogue.load();
        WasteCatalogue waste = WasteCatalogue.load();
        assertThat(BackgroundTerritory.nafClasses())
                .allSatisfy(
                        code -> assertThat(naf.find(code).map(NafCode::level)).contains(NafCode.Level.CLASS));
        assertThat(BackgroundTerritory.wasteCodes())
                .allSatisfy(code ->
                        assertThat(waste.find(code).map(WasteCode::level)).contains(WasteCode.Level.ENTRY));
    }

    @Test
    void territoriesAreDeterministicAndHoldBothParties() {
        RealExchange x = RealExchange.load().get(0);
        EvaluationTerritory a = EvaluationTerritory.of(x);
        EvaluationTerritory b = EvaluationTerritory.of(x);
        assertThat(a.dataset).isEqualTo(b.dataset);
        assertThat(a.dataset.actors()).hasSize(EvaluationTerritory.BACKGROUND + 2);
        assertThat(a.dataset.actors())
                .extracting(org.symbiose.engine.exchange.Actor::id)
                .doesNotHaveDuplicates();
        assertThat(a.dataset.flows())
                .extracting(org.symbiose.engine.exchange.FlowRecord::id)
                .doesNotHaveDuplicates();
        var supplier = a.dataset.actors().stream()
                .filter(actor -> actor.id().equals(a.supplierId))
                .findFirst()
                .orElseThrow();
        var receiver = a.dataset.actors().stream()
                .filter(actor -> actor.id().equals(a.receiverId))
                .findFirst()
                .orElseThrow();
        assertThat(supplier.location().distanceKm(receiver.location())).isBetween(0.9, 5.1);
        assertThat(a.dataset.flows())
                .filteredOn(f -> f.actorId().equals(a.receiverId))
                .isNotEmpty();
    }

    @Test
    void aDenseZoneHoldsEveryoneWithinOneKilometreAndTheSameCompanies() {
        RealExchange x = RealExchange.load().get(0);
        EvaluationTerritory spread = EvaluationTerritory.of(x);
        EvaluationTerritory dense = EvaluationTerritory.of(x, Setting.DENSE);
        var places = dense.dataset.actors().stream()
                .map(org.symbiose.engine.exchange.Actor::location)
                .toList();
        double farthest = 0;
        for (var p : places) {
            for (var q : places) {
                farthest = Math.max(farthest, p.distanceKm(q));
            }
        }
        assertThat(farthest).isLessThanOrEqualTo(1.0);
        assertThat(dense.dataset.flows()).isEqualTo(spread.dataset.flows());
        assertThat(dense.dataset.actors())
                .extracting(org.symbiose.engine.exchange.Actor::activity)
                .isEqualTo(spread.dataset.actors().stream()
                        .map(org.symbiose.engine.exchange.Actor::activity)
                        .toList());
        assertThat(EvaluationTerritory.of(x, Setting.WITHOUT_NACE).dataset.actors())
                .allSatisfy(a -> assertThat(a.naf()).isNull());
    }

    @Test
    void theTrueReceiverIsAmongTheFiveBestProposals() {
        evaluateAndReport(MatchOptions.defaults().withTopK(5), "evaluation-report.md", MINIMUM_TOP5);
    }

    @Test
    void withVarietyTheTrueReceiverIsAmongTheFiveBestProposals() {
        evaluateAndReport(
                MatchOptions.defaults().withTopK(5).withVariety(true),
                "evaluation-report-variety.md",
                MINIMUM_TOP5_WITH_VARIETY);
    }

    private static void evaluateAndReport(MatchOptions options, String reportName, double floor) {
        List<RealExchange> rows = RealExchange.load();
        try {
            EvaluationRunner.matcher().match(EvaluationTerritory.of(rows.get(0)).dataset, options);
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("the matcher is not written yet: " + e.getMessage());
        }
        var report = EvaluationRunner.run(rows, RealExchange.RESOURCE, Setting.AS_IS, options, reportName);
        assertThat(report.top5(EvaluationReport.all()))
                .as("top-5 hit rate on %d real exchanges (see target/%s)", rows.size(), reportName)
                .isGreaterThanOrEqualTo(floor);
    }
}
