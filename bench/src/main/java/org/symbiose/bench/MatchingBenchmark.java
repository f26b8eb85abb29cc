package org.symbiose.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;
import org.symbiose.engine.matching.Progress;

/**
 * Matching a 10,000-flow territory (half supplies, 50 km), end to end: the regression figure to track
 * from commit to commit. Run: {@code java -jar bench/target/symbiose-bench.jar MatchingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class MatchingBenchmark {

    @Param({"10000"})
    public int flows;

    private Matcher matcher;
    private Dataset territory;
    private MatchOptions options;

    @Setup(Level.Trial)
    public void generate() {
        territory = BenchTerritory.generate(flows, BenchTerritory.DEFAULT_SEED);
        options = new MatchOptions(MatchOptions.DEFAULT_TOP_K, 50.0, Progress.SILENT);
    }

    /** A fresh matcher for every call: its label classifier caches labels, which would flatter later calls. */
    @Setup(Level.Invocation)
    public void freshMatcher() {
        matcher = new Matcher(KnowledgeBase.load());
    }

    @Benchmark
    public MatchResult match() {
        return matcher.match(territory, options);
    }
}
