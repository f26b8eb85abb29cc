package org.symbiose.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;
import org.symbiose.engine.matching.Progress;

/**
 * End-to-end scale of the matching engine: for each size, a generated territory (half supplies, half
 * needs) is matched within a radius, and the harness reports wall time, peak heap, candidate pairs and
 * candidates, the ratio to the all-pairs baseline where that one finishes, and the scaling exponent
 * (log-log slope between sizes). Prints a Markdown table, and writes it to {@code --report FILE}.
 *
 * <pre>
 * taskset -c 0,1 java -Xmx4g -cp bench/target/symbiose-bench.jar org.symbiose.bench.ScaleHarness \
 *     --flows 10000,100000,1000000 --radius-km 50 --report target/scale.md
 * </pre>
 *
 * Options: {@code --flows} sizes (comma-separated), {@code --radius-km} overall distance limit,
 * {@code --naive-max-flows} largest size the all-pairs baseline runs at (default 30000), {@code --runs}
 * timed runs per size up to 100,000 flows (median reported), {@code --large-runs} timed runs per larger size
 * (default 1), {@code --seed},
 * {@code --top}, {@code --report}.
 */
public final class ScaleHarness {

    record Row(
            int flows,
            int actors,
            long supplies,
            double generateSeconds,
            long liveHeapBytes,
            double matchSeconds,
            long peakHeapBytes,
            long candidatePairs,
            int candidates,
            int substitutions,
            int mutualisations,
            int unclassified,
            Double naiveSeconds,
            Boolean naiveSame,
            String failure) {

        /** A size the engine could not match: what went wrong and after how long. */
        static Row failed(
                int flows,
                int actors,
                long supplies,
                double generateSeconds,
                long live,
                double seconds,
                long peak,
                String failure) {
            return new Row(
                    flows, actors, supplies, generateSeconds, live, seconds, peak, 0, 0, 0, 0, 0, null, null, failure);
        }
    }

    public static void main(String[] args) throws Exception {
        var options = HarnessOptions.parse(args);
        var harness = new ScaleHarness(options);
        List<Row> rows = harness.run();
        String report = ScaleReport.markdown(options, rows);
        System.out.println(report);
        if (options.report() != null) {
            Path file = Path.of(options.report());
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.err.println("report written to " + file);
        }
    }

    private final HarnessOptions options;

    ScaleHarness(HarnessOptions options) {
        this.options = options;
    }

    List<Row> run() throws Exception {
        int smallest = Arrays.stream(options.flows()).min().orElseThrow();
        log("warm-up at %,d flows", smallest);
        Dataset warmUp = BenchTerritory.generate(smallest, options.seed());
        newMatcher().match(warmUp, matchOptions());
        if (smallest <= options.naiveMaxFlows()) {
            newMatcher().matchNaively(warmUp, matchOptions());
        }
        warmUp = null;
        var rows = new ArrayList<Row>();
        for (int size : options.flows()) {
            rows.add(measure(size));
        }
        return rows;
    }

    private Row measure(int size) throws Exception {
        long start = System.nanoTime();
        Dataset dataset = BenchTerritory.generate(size, options.seed());
        double generateSeconds = seconds(System.nanoTime() - start);
        long supplies = dataset.flows().stream()
                .filter(flow -> flow.direction() == Direction.OUT)
                .count();
        long live = HeapMonitor.liveHeap();
        log(
                "%,d flows, %,d actors generated in %.1f s; live heap %d MB",
                size, dataset.actors().size(), generateSeconds, live >> 20);
        int runs = size <= 100_000 ? options.runs() : options.largeRuns();
        double[] times = new double[runs];
        MatchResult result = null;
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            result = null;
            Matcher matcher = newMatcher();
            HeapMonitor.liveHeap();
            try (var heap = new HeapMonitor()) {
                long t0 = System.nanoTime();
                try {
                    result = matcher.match(dataset, matchOptions());
                } catch (OutOfMemoryError e) {
                    double after = seconds(System.nanoTime() - t0);
                    matcher = null;
                    log("  match %d/%d: out of memory after %.0f s", i + 1, runs, after);
                    return Row.failed(
                            size,
                            dataset.actors().size(),
                            supplies,
                            generateSeconds,
                            live,
                            after,
                            Runtime.getRuntime().maxMemory(),
                            "out of memory after " + Math.round(after) + " s");
                }
                times[i] = seconds(System.nanoTime() - t0);
                peak = Math.max(peak, heap.peakBytes());
            }
            log(
                    "  match %d/%d: %.2f s, %,d candidate pairs",
                    i + 1, runs, times[i], result.stats().candidatePairs());
        }
        Double naiveSeconds = null;
        Boolean same = null;
        if (size <= options.naiveMaxFlows()) {
            Matcher matcher = newMatcher();
            long t0 = System.nanoTime();
            MatchResult naive = matcher.matchNaively(dataset, matchOptions());
            naiveSeconds = seconds(System.nanoTime() - t0);
            same = naive.candidates().equals(result.candidates());
            log("  all pairs: %.2f s, same candidates: %s", naiveSeconds, same);
        }
        return new Row(
                size,
                dataset.actors().size(),
                supplies,
                generateSeconds,
                live,
                median(times),
                peak,
                result.stats().candidatePairs(),
                result.candidates().size(),
                result.stats().substitutions(),
                result.stats().mutualisations(),
                result.unclassified().size(),
                naiveSeconds,
                same,
                null);
    }

    /**
     * A matcher per run: its label classifier caches the labels it has read, and a run must not profit
     * from the labels of an earlier one. Building it is not timed.
     */
    private static Matcher newMatcher() {
        return new Matcher(KnowledgeBase.load());
    }

    private MatchOptions matchOptions() {
        return new MatchOptions(options.top(), options.radiusKm(), new TenthsLog(), options.variety());
    }

    /** Logs the stages of a large run at each tenth, so that a long run shows it is alive. */
    private static final class TenthsLog implements Progress {
        private final long start = System.nanoTime();
        private String stage = "";
        private long tenth = -1;

        @Override
        public void report(String newStage, long done, long total) {
            if (!newStage.equals(stage)) {
                stage = newStage;
                tenth = -1;
                log("    %6.1f s  %s", seconds(System.nanoTime() - start), stage);
            }
            if (total >= 100_000 && done * 10 / total > tenth) {
                tenth = done * 10 / total;
                log("    %6.1f s  %s: %,d/%,d", seconds(System.nanoTime() - start), stage, done, total);
            }
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void log(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }

    /** Command-line options of the harness. */
    record HarnessOptions(
            int[] flows,
            double radiusKm,
            int naiveMaxFlows,
            int runs,
            int largeRuns,
            long seed,
            int top,
            boolean variety,
            String report) {

        static HarnessOptions parse(String[] args) throws IOException {
            int[] flows = {10_000, 100_000, 1_000_000};
            double radius = 50;
            int naiveMax = 30_000;
            int runs = 3;
            int largeRuns = 1;
            long seed = BenchTerritory.DEFAULT_SEED;
            int top = MatchOptions.DEFAULT_TOP_K;
            String report = null;
            boolean variety = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--variety")) {
                    variety = true;
                    continue;
                }
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--flows" ->
                        flows = Arrays.stream(require(args[i], value).split(","))
                                .map(String::strip)
                                .mapToInt(Integer::parseInt)
                                .toArray();
                    case "--radius-km" -> radius = Double.parseDouble(require(args[i], value));
                    case "--naive-max-flows" -> naiveMax = Integer.parseInt(require(args[i], value));
                    case "--runs" -> runs = Integer.parseInt(require(args[i], value));
                    case "--large-runs" -> largeRuns = Integer.parseInt(require(args[i], value));
                    case "--seed" -> seed = Long.parseLong(require(args[i], value));
                    case "--top" -> top = Integer.parseInt(require(args[i], value));
                    case "--report" -> report = require(args[i], value);
                    default ->
                        throw new IllegalArgumentException(
                                "unknown option " + args[i]
                                        + "; expected --flows, --radius-km, --naive-max-flows, --runs, --large-runs, --seed, --top, --variety, --report");
                }
                i++;
            }
            Arrays.sort(flows);
            return new HarnessOptions(
                    flows, radius, naiveMax, Math.max(1, runs), Math.max(1, largeRuns), seed, top, variety, report);
        }

        private static String require(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }
    }
}
