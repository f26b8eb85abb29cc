package org.symbiose.engine.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;

/**
 * Matches every exchange of a collection in its own territory, in one setting, and writes the report
 * ({@code target/<name>.md}). One matcher for all runs of a JVM: the knowledge base is loaded once.
 */
final class EvaluationRunner {

    /** Receivers asked for per supply when looking how far a missed receiver stood. */
    static final int DIAGNOSTIC_TOP_K = 30;

    /**
     * Whether to match each missed exchange again with {@link #DIAGNOSTIC_TOP_K} receivers per supply, to
     * tell "ranked 6th" from "never proposed": {@code -Devaluation.deeper=true}. Off by default, as it nearly
     * doubles the run time.
     */
    static final boolean DEEPER = Boolean.getBoolean("evaluation.deeper");

    private static Matcher matcher;

    private EvaluationRunner() {}

    static synchronized Matcher matcher() {
        if (matcher == null) {
            matcher = new Matcher(KnowledgeBase.load());
        }
        return matcher;
    }

    /**
     * Runs the collection and writes {@code target/<reportName>}; prints a one-line summary.
     *
     * @param collection the collection's file, for the report
     */
    static EvaluationReport run(
            List<RealExchange> rows, String collection, Setting setting, MatchOptions options, String reportName) {
        long start = System.nanoTime();
        List<Outcome> outcomes;
        try {
            outcomes = evaluate(matcher(), rows, setting, options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        var report =
                new EvaluationReport(outcomes, millis, DEEPER ? DIAGNOSTIC_TOP_K : 0, collection, setting, options);
        Path file = Path.of("target", reportName);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report.markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(report.summary());
        System.out.println("Report: " + file.toAbsolutePath());
        return report;
    }

    /** One territory per exchange, matched on as many threads as there are cores; outcomes in row order. */
    private static List<Outcome> evaluate(
            Matcher matcher, List<RealExchange> rows, Setting setting, MatchOptions options)
            throws InterruptedException, ExecutionException {
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (RealExchange x : rows) {
                futures.add(pool.submit(() -> {
                    EvaluationTerritory territory = EvaluationTerritory.of(x, setting);
                    MatchResult result = matcher.match(territory.dataset, options);
                    int at = Outcome.receivers(result, territory.supplyFlowId).indexOf(territory.receiverId);
                    MatchResult deeper = DEEPER && (at < 0 || at >= options.topK())
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
