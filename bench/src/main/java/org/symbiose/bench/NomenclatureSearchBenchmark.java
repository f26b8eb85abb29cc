package org.symbiose.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.engine.nomenclature.WasteCatalogue;

/**
 * Search-as-you-type latency over the reference data, the cost behind every autocomplete call of the
 * nomenclature API. Run: {@code java -jar bench/target/symbiose-bench.jar NomenclatureSearch}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NomenclatureSearchBenchmark {

    @Param({"palette", "huiles usagées", "boues de décarbonatation", "15 01"})
    public String wasteQuery;

    private WasteCatalogue waste;
    private CommuneCatalogue communes;

    @Setup
    public void load() {
        waste = WasteCatalogue.load();
        communes = CommuneCatalogue.load();
    }

    @Benchmark
    public Object searchWaste() {
        return waste.search(wasteQuery, 20);
    }

    @Benchmark
    public Object searchCommune() {
        return communes.search("seyne", 20);
    }
}
