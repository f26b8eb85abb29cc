package org.symbiose.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;
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
     * The floor on the top-5 hit rate over all exchanges, below which the build fails: under the 79.2 %
     * measured on 2026-11-28 (docs/evaluation.md), so that a change that loses ground is caught. Raise it as
     * the matcher improves; the issue asks for a large majority.
     */
    static final double MINIMUM_TOP5 = 0.76;

    /** The same floor with variety among a supply's places ({@code --variety}): 83.0 % measured on 2026-11-29. */
    static final double MINIMUM_TOP5_WITH_VARIETY = 0.80;

    /** Receivers asked for per supply when looking how far a missed receiver stood. */
    static final int DIAGNOSTIC_TOP_K = 30;

    /**
     * Whether to match each missed exchange again with {@link #DIAGNOSTIC_TOP_K} receivers per supply, to
     * tell "ranked 6th" from "never proposed": {@code -Devaluation.deeper=true}. Off by default, as it nearly
     * doubles the run time.
     */
    static final boolean DEEPER = Boolean.getBoolean("evaluation.deeper");

    private static final Set<String> CATEGORIES = Set.of("material", "waste", "by-product", "water", "energy", "heat");

    @Test
    void theCollectionIsWellFormed() {
        List<RealExchange> rows = RealExchange.load();
        NafCatalogue naf = NafCatalogue.load();
        WasteCatalogue waste = WasteCatalogue.load();

        assertThat(rows).hasSizeBetween(250, 350);
        Set<String> ids = new HashSet<>();
        Set<String> exchanges = new HashSet<>();
        for (RealExchange x : rows) {
            assertThat(x.id()).matches("EX\\d{3}");
            assertThat(ids.add(x.id())).as("unique id %s", x.id()).isTrue();
            assertThat(List.of(x.park(), x.supplierActivity(), x.supplyLabel(), x.receiverActivity(), x.source()))
                    .as(x.id())
                    .allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(x.country()).as(x.id()).matches("[A-Z]{2}");
            for (String code : List.of(x.supplierNace(), x.receiverNace())) {
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
        long holdout = rows.stream().filter(RealExchange::holdout).count();
        assertThat((double) holdout / rows.size()).isBetween(0.18, 0.22);
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
    void theTrueReceiverIsAmongTheFiveBestProposals() throws Exception {
        evaluateAndReport(MatchOptions.defaults().withTopK(5), "evaluation-report.md", MINIMUM_TOP5);
    }

    @Test
    void withVarietyTheTrueReceiverIsAmongTheFiveBestProposals() throws Exception {
        evaluateAndReport(
                MatchOptions.defaults().withTopK(5).withVariety(true),
                "evaluation-report-variety.md",
                MINIMUM_TOP5_WITH_VARIETY);
    }

    private static void evaluateAndReport(MatchOptions options, String reportName, double floor) throws Exception {
        Matcher matcher = new Matcher(KnowledgeBase.load());
        List<RealExchange> rows = RealExchange.load();
        try {
            matcher.match(EvaluationTerritory.of(rows.get(0)).dataset, options);
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("the matcher is not written yet: " + e.getMessage());
        }

        long start = System.nanoTime();
        List<Outcome> outcomes = evaluate(matcher, rows, options);
        long millis = (System.nanoTime() - start) / 1_000_000;

        var report = new EvaluationReport(outcomes, millis, DEEPER ? DIAGNOSTIC_TOP_K : 0);
        Path file = Path.of("target", reportName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.markdown(), StandardCharsets.UTF_8);
        System.out.println((options.variety() ? "With variety. " : "") + report.summary());
        System.out.println("Report: " + file.toAbsolutePath());

        assertThat(report.top5(EvaluationReport.all()))
                .as("top-5 hit rate on %d real exchanges (see %s)", rows.size(), file)
                .isGreaterThanOrEqualTo(floor);
    }

    /** One territory per exchange, matched on as many threads as there are cores; outcomes in row order. */
    private static List<Outcome> evaluate(Matcher matcher, List<RealExchange> rows, MatchOptions options)
            throws InterruptedException, ExecutionException {
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (RealExchange x : rows) {
                futures.add(pool.submit(() -> {
                    EvaluationTerritory territory = EvaluationTerritory.of(x);
                    MatchResult result = matcher.match(territory.dataset, options);
                    int at = Outcome.receivers(result, territory.supplyFlowId).indexOf(territory.receiverId);
                    MatchResult deeper = DEEPER && (at < 0 || at >= 5)
                            ? matcher.match(territory.dataset, options.withTopK(DIAGNOSTIC_TOP_K))
                            : null;
                    return Outcome.of(territory, result, deeper);
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
