package org.symbiose.engine.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.symbiose.engine.matching.MatchOptions;

/** The figures of an evaluation run, as Markdown for {@code target/evaluation-report.md} and as a summary. */
final class EvaluationReport {

    /**
     * Whether the misses of holdout exchanges are listed with the others: {@code
     * -Devaluation.showHoldoutMisses=true}. Off by default, so that what one reads while tuning is the tuning
     * part's misses only; the holdout's rates are reported either way.
     */
    static final boolean SHOW_HOLDOUT_MISSES = Boolean.getBoolean("evaluation.showHoldoutMisses");

    private final List<Outcome> outcomes;
    private final long millis;
    private final int diagnosticTopK;
    private final String collection;
    private final Setting setting;
    private final MatchOptions options;

    EvaluationReport(
            List<Outcome> outcomes,
            long millis,
            int diagnosticTopK,
            String collection,
            Setting setting,
            MatchOptions options) {
        this.outcomes = List.copyOf(outcomes);
        this.millis = millis;
        this.diagnosticTopK = diagnosticTopK;
        this.collection = collection;
        this.setting = setting;
        this.options = options;
    }

    /** Whether the run asked for ten receivers per supply, so that top-10 rates mean something. */
    boolean hasTop10() {
        return options.topK() >= 10;
    }

    /** The ids of the exchanges whose true receiver came among the first {@code k}. */
    java.util.Set<String> hitsWithin(int k) {
        return outcomes.stream()
                .filter(o -> o.within(k))
                .map(o -> o.exchange().id())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    double top10(Predicate<Outcome> subset) {
        return rate(subset, Outcome::top10);
    }

    double top5(Predicate<Outcome> subset) {
        return rate(subset, Outcome::top5);
    }

    double top1(Predicate<Outcome> subset) {
        return rate(subset, Outcome::top1);
    }

    private double rate(Predicate<Outcome> subset, Predicate<Outcome> hit) {
        List<Outcome> in = outcomes.stream().filter(subset).toList();
        return in.isEmpty() ? Double.NaN : (double) in.stream().filter(hit).count() / in.size();
    }

    private long count(Predicate<Outcome> subset) {
        return outcomes.stream().filter(subset).count();
    }

    static Predicate<Outcome> all() {
        return o -> true;
    }

    static Predicate<Outcome> holdout() {
        return o -> o.exchange().holdout();
    }

    static Predicate<Outcome> tuning() {
        return o -> !o.exchange().holdout();
    }

    static Predicate<Outcome> declared() {
        return o -> o.exchange().declaredNeed();
    }

    static Predicate<Outcome> prospective() {
        return o -> !o.exchange().declaredNeed();
    }

    /** A few lines for the test's standard output. */
    String summary() {
        return String.format(
                Locale.ROOT,
                "%s, %s%s: %d exchanges, top-1 %.1f %%, top-5 %.1f %% (tuning %.1f %%, holdout %.1f %%; declared"
                        + " need %.1f %%, prospective %.1f %%)%s; %d supplies unclassified; %.1f s",
                collection,
                setting.title(),
                options.variety() ? ", with variety" : "",
                outcomes.size(),
                100 * top1(all()),
                100 * top5(all()),
                100 * top5(tuning()),
                100 * top5(holdout()),
                100 * top5(declared()),
                100 * top5(prospective()),
                hasTop10()
                        ? String.format(
                                Locale.ROOT,
                                ", prospective top-10 %.1f %% (holdout %.1f %%)",
                                100 * top10(prospective()),
                                100 * top10(prospective().and(holdout())))
                        : "",
                count(Outcome::supplyUnclassified),
                millis / 1000.0);
    }

    String markdown() {
        var md = new StringBuilder();
        md.append("# Evaluation on documented real exchanges: ")
                .append(setting.title())
                .append(options.variety() ? ", with variety" : "")
                .append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d exchanges from `engine/src/test/resources%s`, each in a territory of %d background companies"
                        + " within %s km plus its supplier and true receiver (seed %d)%s. %d receivers asked for"
                        + " per supply. A hit at k: the true receiver is among the first k distinct receivers"
                        + " proposed for the supply. Run time %.1f s.%n%n",
                outcomes.size(),
                collection,
                EvaluationTerritory.BACKGROUND,
                setting.dense()
                        ? Setting.DENSE_RADIUS_KM + " (all of them, both parties too)"
                        : String.format(Locale.ROOT, "%.0f", EvaluationTerritory.RADIUS_KM),
                EvaluationTerritory.SEED,
                setting.withoutNace() ? ", every NACE code removed" : "",
                options.topK(),
                millis / 1000.0));

        String rule = outcomes.isEmpty() ? "" : outcomes.get(0).exchange().holdoutRule();
        md.append("## Overall\n\n| subset | exchanges | top-1 | top-5 |").append(hasTop10() ? " top-10 |\n" : "\n");
        md.append("| --- | ---: | ---: | ---: |").append(hasTop10() ? " ---: |\n" : "\n");
        row(md, "all", all());
        row(md, "tuning (4 in 5)", tuning());
        row(md, "holdout (" + rule + ")", holdout());
        row(md, "declared need", declared());
        row(md, "prospective (activity only)", prospective());
        row(md, "holdout, declared need", holdout().and(declared()));
        row(md, "holdout, prospective", holdout().and(prospective()));
        md.append('\n');

        md.append("## By kind of resource\n\n| kind | exchanges | top-1 | top-5 | holdout top-5 |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (ResourceGroup g : ResourceGroup.values()) {
            Predicate<Outcome> in = o -> o.exchange().group() == g;
            if (count(in) > 0) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %s | %s | %s |%n",
                        g.title(),
                        count(in),
                        pct(top1(in)),
                        pct(top5(in)),
                        pct(top5(in.and(holdout())))));
            }
        }
        md.append('\n');

        md.append("## By category of the supply\n\n| category | exchanges | top-1 | top-5 |")
                .append(hasTop10() ? " top-10 |\n" : "\n");
        md.append("| --- | ---: | ---: | ---: |").append(hasTop10() ? " ---: |\n" : "\n");
        for (String c : List.of("material", "waste", "by-product", "water", "energy", "heat")) {
            Predicate<Outcome> in = o -> o.exchange().supplyCategory().equals(c);
            if (count(in) > 0) {
                row(md, c, in);
            }
        }
        md.append('\n');

        List<Outcome> allMisses = outcomes.stream().filter(o -> !o.top5()).toList();
        List<Outcome> misses = SHOW_HOLDOUT_MISSES
                ? allMisses
                : allMisses.stream().filter(o -> !o.exchange().holdout()).toList();
        md.append(String.format(
                Locale.ROOT,
                "## Misses (%d)%n%n%sSupply unclassified: %d of the misses listed. %s Rivals: background companies"
                        + " with the receiver's NACE class.%n%n",
                allMisses.size(),
                SHOW_HOLDOUT_MISSES
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "The %d misses of the holdout are not listed, so that nobody tunes on them"
                                        + " (`-Devaluation.showHoldoutMisses=true` lists them).%n%n",
                                allMisses.size() - misses.size()),
                misses.stream().filter(Outcome::supplyUnclassified).count(),
                diagnosticTopK > 0
                        ? "\"Deeper\" is the true receiver's place when the matcher is asked for " + diagnosticTopK
                                + " receivers per supply (\"-\" when still absent)."
                        : hasTop10()
                                ? "\"Deeper\" is the true receiver's place among the " + options.topK()
                                        + " receivers asked for (empty when absent; `-Devaluation.deeper=true`"
                                        + " looks further)."
                                : "\"Deeper\" was not looked for (run with `-Devaluation.deeper=true`)."));
        md.append("| id | set | supply | receiver | need | unclassified | deeper | rivals | proposed instead |\n");
        md.append("| --- | --- | --- | --- | --- | --- | ---: | ---: | --- |\n");
        for (Outcome o : misses) {
            RealExchange x = o.exchange();
            List<String> unclassified = new ArrayList<>();
            if (o.supplyUnclassified()) {
                unclassified.add("supply");
            }
            if (o.needUnclassified()) {
                unclassified.add("need");
            }
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s (%s) | %s | %s | %s | %s | %s |%n",
                    x.id(),
                    x.holdout() ? "holdout" : "tuning",
                    cell(x.supplyLabel()),
                    cell(x.receiverActivity()),
                    x.receiverNace() == null ? "no code" : x.receiverNace(),
                    x.declaredNeed() ? cell(x.receiverNeed()) : "*(prospective)*",
                    unclassified.isEmpty() ? "" : String.join(", ", unclassified),
                    deeper(o),
                    o.sameActivityRivals() < 0 ? "" : Integer.toString(o.sameActivityRivals()),
                    o.proposed().isEmpty()
                            ? "nothing"
                            : cell(String.join(
                                    "; ",
                                    o.proposed()
                                            .subList(0, Math.min(3, o.proposed().size()))))));
        }
        return md.toString();
    }

    private void row(StringBuilder md, String name, Predicate<Outcome> subset) {
        md.append(String.format(
                Locale.ROOT, "| %s | %d | %s | %s |", name, count(subset), pct(top1(subset)), pct(top5(subset))));
        if (hasTop10()) {
            md.append(' ').append(pct(top10(subset))).append(" |");
        }
        md.append('\n');
    }

    /** The true receiver's place beyond the five best: in this run when it asked for more, else looked for deeper. */
    private static String deeper(Outcome o) {
        if (o.rank() > 0) {
            return Integer.toString(o.rank());
        }
        return o.deepRank() > 0 ? Integer.toString(o.deepRank()) : o.deepRank() == 0 ? "-" : "";
    }

    private static String pct(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * rate);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
