package org.symbiose.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers per endpoint: counts, statuses, latencies. Latencies are kept whole (a 10-minute run at a
 * few hundred requests per second is a few hundred thousand longs), so percentiles are exact.
 */
final class LoadStats {

    /** What one endpoint saw. Synchronized: every client thread records into the same instance. */
    static final class Endpoint {
        private long[] micros = new long[1024];
        private int count;
        private final Map<String, Long> outcomes = new TreeMap<>();

        synchronized void record(long latencyMicros, String outcome) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = latencyMicros;
            outcomes.merge(outcome, 1L, Long::sum);
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(micros, count);
            Arrays.sort(copy);
            return copy;
        }

        synchronized Map<String, Long> outcomes() {
            return new TreeMap<>(outcomes);
        }
    }

    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();

    /**
     * @param outcome the HTTP status, or a name for what went wrong before one came ("timeout", "io")
     * @param error whether the answer is a failure for the user (5xx, timeout, an unexpected status)
     */
    void record(String endpoint, long latencyMicros, String outcome, boolean error) {
        endpoints.computeIfAbsent(endpoint, e -> new Endpoint()).record(latencyMicros, outcome);
        if (error) {
            errors.incrementAndGet();
        }
    }

    long errors() {
        return errors.get();
    }

    long total() {
        return endpoints.values().stream().mapToLong(e -> e.sorted().length).sum();
    }

    /** The report: one line per endpoint and one for all, latencies in milliseconds. */
    String report(double seconds) {
        var lines = new ArrayList<String>();
        lines.add(String.format(
                "%-22s %8s %8s %8s %8s %8s %8s  %s",
                "endpoint", "count", "req/s", "p50", "p95", "p99", "max", "outcomes"));
        long[] all = new long[0];
        for (var entry : new TreeMap<>(endpoints).entrySet()) {
            long[] sorted = entry.getValue().sorted();
            lines.add(line(
                    entry.getKey(), sorted, seconds, entry.getValue().outcomes().toString()));
            all = merge(all, sorted);
        }
        lines.add(line("ALL", all, seconds, "errors=" + errors.get()));
        return String.join("\n", lines);
    }

    private static String line(String name, long[] sorted, double seconds, String outcomes) {
        return String.format(
                "%-22s %8d %8.1f %8.1f %8.1f %8.1f %8.1f  %s",
                name,
                sorted.length,
                sorted.length / seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0,
                outcomes);
    }

    /** Nearest-rank percentile in milliseconds; 0 when nothing was recorded. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }

    private static long[] merge(long[] a, long[] b) {
        long[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        Arrays.sort(result);
        return result;
    }
}
