package org.symbiose.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.classify.Conditions;
import org.symbiose.engine.classify.FamilyClassifier;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.knowledge.ActivityProfiles;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.ResourceKind;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;

/**
 * Writes the territory of the scale harness (same size and seed, so the same data) as three CSV files
 * for the PostGIS comparison of {@code bench/postgis/run.sh}, then matches it with the engine and
 * writes the engine's figures next to them:
 *
 * <ul>
 *   <li>{@code supplies.csv} ({@code supply_id, family, lat, lon}): one row per supply flow and family
 *       it is read as; {@code family} is the supply key of {@link CompatibilityExport};
 *   <li>{@code receivers.csv} ({@code receiver_id, family, lat, lon}): declared needs (one row per
 *       key they are found under) and every actor as a prospective receiver (one row per NAF prefix
 *       and per consumed family);
 *   <li>{@code compat.csv} ({@code supply_family, receiver_family, radius_m}): one row per lookup;
 *   <li>{@code engine.properties}: the engine's candidate pairs and time, and this export's own count
 *       of the pairs the engine visits (grid cells) and of those within each lookup's radius, which
 *       the SQL join must reproduce.
 * </ul>
 *
 * <pre>
 * java -Xmx4g -cp bench/target/symbiose-bench.jar org.symbiose.bench.PostgisExport \
 *     --flows 100000 --radius-km 50 --out /tmp/symbiose-postgis
 * </pre>
 */
public final class PostgisExport {

    private final KnowledgeBase knowledge = KnowledgeBase.load();
    private final CompatibilityExport compatibility;
    private final double radiusKm;
    private final List<double[]> supplyPoints = new ArrayList<>();
    private final List<String> supplyKeys = new ArrayList<>();
    private final Map<String, ReceiverGrid> receivers = new HashMap<>();

    PostgisExport(double radiusKm) {
        this.radiusKm = radiusKm;
        this.compatibility = new CompatibilityExport(knowledge, radiusKm);
    }

    public static void main(String[] args) throws Exception {
        int flows = 100_000;
        int runs = 3;
        long seed = BenchTerritory.DEFAULT_SEED;
        double radius = 50;
        Path out = Path.of("target/postgis");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--flows" -> flows = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--radius-km" -> radius = Double.parseDouble(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; expected --flows, --seed, --radius-km, --out, --runs");
            }
        }
        Files.createDirectories(out);
        Dataset dataset = BenchTerritory.generate(flows, seed);
        var export = new PostgisExport(radius);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("flows", Integer.toString(flows));
        figures.put("actors", Integer.toString(dataset.actors().size()));
        figures.put("seed", Long.toString(seed));
        figures.put("radius_km", Double.toString(radius));
        figures.putAll(export.write(dataset, out));
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, was " + runs);
        }
        figures.putAll(engine(dataset, radius, runs));
        try (Writer writer = Files.newBufferedWriter(out.resolve("engine.properties"), StandardCharsets.UTF_8)) {
            for (var figure : figures.entrySet()) {
                writer.write(figure.getKey() + "=" + figure.getValue() + "\n");
            }
        }
        figures.forEach((key, value) -> System.out.println(key + "=" + value));
    }

    /**
     * Warm-up before the engine is timed, so that it is measured compiled, as PostGIS is measured warm:
     * runs until this many seconds have passed (and at least three), as long as JMH's warm-up.
     */
    private static final double ENGINE_WARM_UP_SECONDS = 15;

    /**
     * The engine on the same territory, measured like the join: after {@value #ENGINE_WARM_UP_SECONDS} s of
     * warm-up runs, the median of {@code runs} timed runs, each with a fresh matcher (nothing carried over from
     * one run to the next but the compiled code).
     */
    private static Map<String, String> engine(Dataset dataset, double radiusKm, int runs) {
        var options = new MatchOptions(MatchOptions.DEFAULT_TOP_K, radiusKm, Progress.SILENT);
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < 3 || System.nanoTime() - warmUpStart < ENGINE_WARM_UP_SECONDS * 1e9; i++) {
            new Matcher(KnowledgeBase.load()).match(dataset, options);
        }
        double[] seconds = new double[runs];
        MatchResult result = null;
        for (int i = 0; i < runs; i++) {
            var matcher = new Matcher(KnowledgeBase.load());
            long start = System.nanoTime();
            result = matcher.match(dataset, options);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        double median = ScaleHarness.median(seconds);
        var matcher = new Matcher(KnowledgeBase.load());
        return Map.of(
                "engine_pairs_within_radius", Long.toString(matcher.countPairsWithinReach(dataset, options)),
                "engine_candidate_pairs", Long.toString(result.stats().candidatePairs()),
                "engine_seconds", String.format(Locale.ROOT, "%.3f", median),
                "engine_runs", Arrays.toString(seconds),
                "engine_candidates", Integer.toString(result.candidates().size()));
    }

    private Map<String, String> write(Dataset dataset, Path out) throws IOException {
        var classifier = new FamilyClassifier(knowledge);
        var naf = NafCatalogue.load();
        Map<String, GeoPoint> located = new HashMap<>();
        long receiverRows = 0;
        try (BufferedWriter rows = Files.newBufferedWriter(out.resolve("receivers.csv"), StandardCharsets.UTF_8)) {
            rows.write("receiver_id,family,lat,lon\n");
            for (Actor actor : dataset.actors()) {
                if (actor.location() == null) {
                    continue;
                }
                located.put(actor.id(), actor.location());
                String code = actor.naf() != null ? actor.naf() : nafOf(naf, actor.activity());
                for (String prefix : ActivityProfiles.prefixes(code)) {
                    receiverRows += receiver(rows, actor.id(), "A:" + prefix, actor.location());
                }
                for (String family : knowledge.activities().of(code).consumes()) {
                    receiverRows += receiver(rows, actor.id(), "C:" + family, actor.location());
                }
            }
            try (BufferedWriter supplies =
                    Files.newBufferedWriter(out.resolve("supplies.csv"), StandardCharsets.UTF_8)) {
                supplies.write("supply_id,family,lat,lon\n");
                for (FlowRecord flow : dataset.flows()) {
                    List<Classification> families = classify(classifier, flow);
                    GeoPoint point = located.get(flow.actorId());
                    if (families.isEmpty() || point == null) {
                        continue;
                    }
                    for (Classification family : families) {
                        if (flow.direction() == Direction.OUT) {
                            String key = compatibility.supplyKey(family.family(), flow.ewc());
                            supplies.write(flow.id() + "#" + family.family() + "," + key + "," + point.latitude() + ","
                                    + point.longitude() + "\n");
                            supplyKeys.add(key);
                            supplyPoints.add(new double[] {point.latitude(), point.longitude()});
                        } else {
                            for (String key : compatibility.needKeys(family.family())) {
                                receiverRows += receiver(rows, flow.id() + "#" + family.family(), key, point);
                            }
                        }
                    }
                }
            }
        }
        long compatRows = 0;
        try (BufferedWriter compat = Files.newBufferedWriter(out.resolve("compat.csv"), StandardCharsets.UTF_8)) {
            compat.write("supply_family,receiver_family,radius_m\n");
            for (String key : new java.util.TreeSet<>(supplyKeys)) {
                for (CompatibilityExport.Lookup lookup : compatibility.lookups(key)) {
                    compat.write(key + "," + lookup.receiverKey() + "," + Math.round(lookup.radiusKm() * 1000) + "\n");
                    compatRows++;
                }
            }
        }
        long[] pairs = countPairs();
        return Map.of(
                "supply_rows", Integer.toString(supplyKeys.size()),
                "receiver_rows", Long.toString(receiverRows),
                "compat_rows", Long.toString(compatRows),
                "export_grid_visits", Long.toString(pairs[0]),
                "export_pairs_within_radius", Long.toString(pairs[1]));
    }

    private int receiver(Writer rows, String id, String key, GeoPoint point) throws IOException {
        rows.write(id + "," + key + "," + point.latitude() + "," + point.longitude() + "\n");
        receivers.computeIfAbsent(key, k -> new ReceiverGrid()).add(point.latitude(), point.longitude());
        return 1;
    }

    /**
     * Pairs the engine visits (receivers in the grid cells around each supply, its "candidate pairs") and
     * pairs within the lookup's radius (what the SQL join counts), from the exported rows.
     */
    private long[] countPairs() {
        Map<String, List<CompatibilityExport.Lookup>> lookups = new HashMap<>();
        long visits = 0;
        long within = 0;
        for (int i = 0; i < supplyKeys.size(); i++) {
            double[] point = supplyPoints.get(i);
            for (var lookup : lookups.computeIfAbsent(supplyKeys.get(i), compatibility::lookups)) {
                ReceiverGrid grid = receivers.get(lookup.receiverKey());
                if (grid != null) {
                    long[] counted = grid.count(point[0], point[1], lookup.radiusKm());
                    visits += counted[0];
                    within += counted[1];
                }
            }
        }
        return new long[] {visits, within};
    }

    /** As the engine's {@code Territory.read}: the flow's temperature, else one written in its label, helps. */
    private static List<Classification> classify(FamilyClassifier classifier, FlowRecord flow) {
        Double temperature = flow.temperatureC() != null
                ? flow.temperatureC()
                : Conditions.temperatureIn(flow.label()).orElse(null);
        return classifier.classify(flow.label(), flow.ewc(), ResourceKind.of(flow.category()), temperature);
    }

    private static String nafOf(NafCatalogue naf, String activity) {
        if (activity == null || activity.isBlank()) {
            return null;
        }
        return naf.search(activity, 1).stream().findFirst().map(NafCode::code).orElse(null);
    }
}
