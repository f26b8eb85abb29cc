package org.symbiose.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/** The scale harness's figures as Markdown: one row per size, then the scaling exponents. */
final class ScaleReport {

    private ScaleReport() {}

    static String markdown(ScaleHarness.HarnessOptions options, List<ScaleHarness.Row> rows) {
        var text = new StringBuilder();
        Runtime runtime = Runtime.getRuntime();
        text.append(String.format(
                Locale.ROOT,
                "Java %s, %d processors available, max heap %d MB, JVM flags %s; seed %d, radius %s km, top %d%s%n%n",
                System.getProperty("java.version"),
                runtime.availableProcessors(),
                runtime.maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                options.seed(),
                number(options.radiusKm()),
                options.top(),
                options.variety() ? " with variety" : ""));
        text.append("| flows | actors | supplies | match time (s) | peak heap (MB) | live data (MB) "
                + "| candidate pairs | candidates (subst. + mutual.) | unclassified flows "
                + "| all-pairs time (s) | all-pairs / indexed | same candidates |\n");
        text.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|\n");
        for (ScaleHarness.Row row : rows) {
            if (row.failure() != null) {
                text.append(String.format(
                        Locale.ROOT,
                        "| %,d | %,d | %,d | %s | %,d (max) | %,d | — | — | — | — | — | — |%n",
                        row.flows(),
                        row.actors(),
                        row.supplies(),
                        row.failure(),
                        row.peakHeapBytes() >> 20,
                        row.liveHeapBytes() >> 20));
                continue;
            }
            text.append(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %,d | %.2f | %,d | %,d | %,d | %,d (%,d + %,d) | %,d | %s | %s | %s |%n",
                    row.flows(),
                    row.actors(),
                    row.supplies(),
                    row.matchSeconds(),
                    row.peakHeapBytes() >> 20,
                    row.liveHeapBytes() >> 20,
                    row.candidatePairs(),
                    row.candidates(),
                    row.substitutions(),
                    row.mutualisations(),
                    row.unclassified(),
                    row.naiveSeconds() == null ? "—" : String.format(Locale.ROOT, "%.2f", row.naiveSeconds()),
                    row.naiveSeconds() == null
                            ? "—"
                            : String.format(Locale.ROOT, "%.1f×", row.naiveSeconds() / row.matchSeconds()),
                    row.naiveSame() == null ? "—" : row.naiveSame() ? "yes" : "**no**"));
        }
        text.append('\n');
        rows = rows.stream().filter(row -> row.failure() == null).toList();
        for (int i = 1; i < rows.size(); i++) {
            ScaleHarness.Row a = rows.get(i - 1);
            ScaleHarness.Row b = rows.get(i);
            text.append(String.format(
                    Locale.ROOT,
                    "- scaling exponent %,d -> %,d flows: time %.2f, candidate pairs %.2f%n",
                    a.flows(),
                    b.flows(),
                    slope(a.flows(), a.matchSeconds(), b.flows(), b.matchSeconds()),
                    slope(a.flows(), a.candidatePairs(), b.flows(), b.candidatePairs())));
        }
        if (rows.size() > 2) {
            ScaleHarness.Row first = rows.get(0);
            ScaleHarness.Row last = rows.get(rows.size() - 1);
            text.append(String.format(
                    Locale.ROOT,
                    "- scaling exponent %,d -> %,d flows: time %.2f%n",
                    first.flows(),
                    last.flows(),
                    slope(first.flows(), first.matchSeconds(), last.flows(), last.matchSeconds())));
        }
        return text.toString();
    }

    /** Slope of log(y) against log(x): 1 is linear, 2 quadratic. */
    static double slope(double x1, double y1, double x2, double y2) {
        return Math.log(y2 / y1) / Math.log(x2 / x1);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
