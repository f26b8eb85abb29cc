package org.symbiose.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What durability costs, measured in one run (docs/decisions/0010): acknowledged saves per second
 * through the packaged application, and bare JDBC commits per second, each on H2 with its default
 * write delay and with the shipped {@code WRITE_DELAY=0}, and on PostgreSQL with
 * {@code synchronous_commit} off and on (its default). Not part of the build: run it with
 * {@code mvn -pl app -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=DurabilityCostBenchmark}; the table goes to {@code app/target/durability-cost.md}.
 * It checks only that every save is acknowledged; it asserts no time.
 */
class DurabilityCostBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DurabilityCostBenchmark.class);
    private static final int SAVES = Integer.getInteger("symbiose.bench.saves", 200);
    private static final int COMMITS = Integer.getInteger("symbiose.bench.commits", 2000);
    private static final int WARM_UP = 20;
    private static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";

    @TempDir
    Path work;

    @Test
    void measuresSavesAndCommitsPerSecondWithAndWithoutDurableCommits() throws Exception {
        List<String> rows = new ArrayList<>();
        Path h2Before = work.resolve("h2-before");
        rows.add(row(
                "H2, default write delay (500 ms)",
                saves(Map.of(
                        "SYMBIOSE_DATA_DIR",
                        h2Before.toString(),
                        "SPRING_DATASOURCE_URL",
                        "jdbc:h2:file:" + h2Before.resolve("symbiose") + H2_OPTIONS)),
                h2Commits(work.resolve("jdbc-before/db"), "")));
        rows.add(row(
                "H2, WRITE_DELAY=0 (shipped)",
                saves(Map.of("SYMBIOSE_DATA_DIR", work.resolve("h2-after").toString())),
                h2Commits(work.resolve("jdbc-after/db"), ";WRITE_DELAY=0")));
        for (String synchronousCommit : List.of("off", "on")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", synchronousCommit)
                    .start()) {
                String url = postgres.getJdbcUrl("postgres", "postgres");
                rows.add(row(
                        "PostgreSQL 14, synchronous_commit=" + synchronousCommit
                                + ("on".equals(synchronousCommit) ? " (default)" : ""),
                        saves(Map.of(
                                "SPRING_PROFILES_ACTIVE", "postgres,demo",
                                "SPRING_DATASOURCE_URL", url,
                                "SPRING_DATASOURCE_USERNAME", "postgres",
                                "SPRING_DATASOURCE_PASSWORD", "postgres")),
                        commits(DriverManager.getConnection(url, "postgres", "postgres"))));
            }
        }
        String table = "| database | saves/s over HTTP (" + SAVES + " sequential) | JDBC commits/s (" + COMMITS
                + " sequential) |\n|---|---:|---:|\n" + String.join("\n", rows) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "durability-cost.md"), table, StandardCharsets.UTF_8);
        log.info("Durability cost:\n{}", table);
    }

    /** Sequential acknowledged sheet saves per second, after a warm-up, through the packaged jar. */
    private double saves(Map<String, String> environment) {
        try (PackagedApp app =
                PackagedApp.start(environment, work.resolve("bench-server.log"), Duration.ofMinutes(4))) {
            var editor = new SheetEditor(app::uri, "adeto").logIn("reseau", "demo");
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(editor.addHighlight("Échauffement " + i)).isTrue();
            }
            long start = System.nanoTime();
            for (int i = 0; i < SAVES; i++) {
                assertThat(editor.addHighlight("Mesure " + i)).isTrue();
            }
            return SAVES / seconds(start);
        }
    }

    private double h2Commits(Path file, String writeDelay) throws SQLException {
        return commits(DriverManager.getConnection("jdbc:h2:file:" + file + H2_OPTIONS + writeDelay, "sa", ""));
    }

    /** Sequential one-row updates per second, each committed on its own (auto-commit). */
    private static double commits(Connection connection) throws SQLException {
        try (connection;
                Statement ddl = connection.createStatement()) {
            ddl.execute("create table bench_commit (id int primary key, n int)");
            ddl.execute("insert into bench_commit values (1, 0)");
            try (PreparedStatement update = connection.prepareStatement("update bench_commit set n = ? where id = 1")) {
                for (int i = 0; i < WARM_UP * 10; i++) {
                    update.setInt(1, i);
                    update.executeUpdate();
                }
                long start = System.nanoTime();
                for (int i = 0; i < COMMITS; i++) {
                    update.setInt(1, i);
                    update.executeUpdate();
                }
                return COMMITS / seconds(start);
            }
        }
    }

    private static String row(String database, double saves, double commits) {
        return "| %s | %.1f | %.0f |".formatted(database, saves, commits);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
