package org.symbiose.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/**
 * An independent check of the activity reader: the activities of the evaluation collection ({@code
 * evaluation/exchanges.csv}, written from published case studies by an earlier session, with the NACE class of
 * each party), read by a reader that was never tuned on them. Appends its figures to the report of {@link
 * ActivityReaderDevelopmentSetTest}'s kind, in {@code target/activity-reading-collection.md}.
 */
class ActivityReaderOnCollectionTest {

    /**
     * Floors under the figures measured (docs/evaluation.md), so that a change that loses ground fails: the
     * activities of the exchanges tuned on, and those of holdout exchanges only, which the vocabulary was not
     * written from and which show what the reader does on wordings it has not seen.
     */
    static final double MINIMUM_DIVISION_TUNED = 0.88;

    static final double MINIMUM_CLASS_TUNED = 0.80;
    static final double MINIMUM_DIVISION_HOLDOUT = 0.60;
    static final double MINIMUM_CLASS_HOLDOUT = 0.50;

    @Test
    void readsTheCollectionsActivitiesMostlyRight() throws IOException {
        Map<String, String> naceByActivity = new LinkedHashMap<>();
        Set<String> tunedOn = new HashSet<>();
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(
                        getClass().getResourceAsStream("/evaluation/exchanges.csv"), StandardCharsets.UTF_8))) {
            parser.forEach(row -> {
                naceByActivity.putIfAbsent(row.get("supplier_activity"), row.get("supplier_nace"));
                naceByActivity.putIfAbsent(row.get("receiver_activity"), row.get("receiver_nace"));
                // The evaluation's holdout: every fifth exchange by number (docs/evaluation.md).
                if (Integer.parseInt(row.get("id").substring(2)) % 5 != 0) {
                    tunedOn.add(row.get("supplier_activity"));
                    tunedOn.add(row.get("receiver_activity"));
                }
            });
        }
        List<ActivitySet> rows = naceByActivity.entrySet().stream()
                .map(e -> new ActivitySet(e.getKey(), e.getValue(), "collection"))
                .toList();
        var development = ActivityReaderDevelopmentSetTest.score(
                rows.stream().filter(r -> tunedOn.contains(r.activity())).toList());
        var holdout = ActivityReaderDevelopmentSetTest.score(
                rows.stream().filter(r -> !tunedOn.contains(r.activity())).toList());

        StringBuilder report = new StringBuilder("# Activity reading on the evaluation collection's activities\n\n");
        report.append("| part | activities | right division | right class |\n|---|---|---|---|\n");
        report.append(development.line("collection, activities of the exchanges tuned on"))
                .append('\n');
        report.append(holdout.line("collection, activities only in holdout exchanges"))
                .append('\n');
        report.append("\n## Misses among the activities tuned on\n\n| activity | expected | read |\n|---|---|---|\n");
        development.misses().forEach(m -> report.append(m).append('\n'));
        Path file = Path.of("target", "activity-reading-collection.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
        System.out.println(development.line("collection") + "\n" + holdout.line("collection holdout"));

        assertThat(development.division())
                .as("tuned on, right division")
                .isGreaterThanOrEqualTo(MINIMUM_DIVISION_TUNED);
        assertThat(development.nafClass()).as("tuned on, right class").isGreaterThanOrEqualTo(MINIMUM_CLASS_TUNED);
        assertThat(holdout.division()).as("holdout, right division").isGreaterThanOrEqualTo(MINIMUM_DIVISION_HOLDOUT);
        assertThat(holdout.nafClass()).as("holdout, right class").isGreaterThanOrEqualTo(MINIMUM_CLASS_HOLDOUT);
    }
}
