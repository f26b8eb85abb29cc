package org.symbiose.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Whatever a user was told is saved survives a crash. Each cycle starts the packaged application,
 * checks that every save acknowledged so far is on the public sheet, saves one more line of ADETO's
 * sheet through the edit form as the network coordinator, and kills the server with SIGKILL as soon
 * as the save is acknowledged. A last start checks the last save. {@code symbiose.durability.cycles}
 * (Failsafe: 3, profile {@code long}: 50) cycles run on each database: the H2 file database as shipped
 * (its URL in application.yml) and PostgreSQL with its default durability settings.
 */
class CrashDurabilityIT {

    private static final Logger log = LoggerFactory.getLogger(CrashDurabilityIT.class);
    private static final int CYCLES = Integer.getInteger("symbiose.durability.cycles", 3);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedSaveSurvivesAKillOnTheEmbeddedDatabase() {
        // No SPRING_DATASOURCE_URL: the URL the product ships with is the one under test.
        var environment = Map.of("SYMBIOSE_DATA_DIR", work.resolve("data").toString());

        assertSurvivesKills("h2", environment);
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKillOnPostgresql() throws Exception {
        // The embedded server turns fsync and synchronous_commit off: back to PostgreSQL's defaults.
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start()) {
            assertThat(settings(postgres, "fsync", "synchronous_commit")).containsExactly("on", "on");
            var environment = Map.of(
                    "SPRING_PROFILES_ACTIVE", "postgres,demo",
                    "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SPRING_DATASOURCE_PASSWORD", "postgres");

            assertSurvivesKills("postgresql", environment);
        }
    }

    private void assertSurvivesKills(String database, Map<String, String> environment) {
        Path serverLog = work.resolve(database + "-server.log");
        List<String> acknowledged = new ArrayList<>();
        Set<String> lost = new LinkedHashSet<>();
        long started = System.nanoTime();
        for (int cycle = 1; cycle <= CYCLES + 1; cycle++) {
            long cycleStart = System.nanoTime();
            try (PackagedApp app = PackagedApp.start(environment, serverLog, START_TIMEOUT)) {
                long startSeconds = (System.nanoTime() - cycleStart) / 1_000_000_000;
                var editor = new SheetEditor(app::uri, "adeto");
                List<String> shown = editor.highlights();
                acknowledged.stream().filter(line -> !shown.contains(line)).forEach(lost::add);
                log.info(
                        "{} start {}: served after {} s, {} of {} acknowledged saves present",
                        database,
                        cycle,
                        startSeconds,
                        acknowledged.size() - lost.size(),
                        acknowledged.size());
                if (cycle > CYCLES) {
                    break;
                }
                String line = "Enregistrement n° " + cycle + " avant un arrêt brutal (" + database + ")";
                boolean saved = editor.logIn("reseau", "demo").addHighlight(line);
                app.kill();
                assertThat(saved)
                        .as("save %d on %s acknowledged (server log: %s)", cycle, database, serverLog)
                        .isTrue();
                acknowledged.add(line);
            }
        }
        log.info(
                "{}: {} kill cycles, {} acknowledged saves lost, {} s",
                database,
                CYCLES,
                lost.size(),
                (System.nanoTime() - started) / 1_000_000_000);
        assertThat(lost)
                .as("%d of %d acknowledged saves lost on %s after kill -9", lost.size(), acknowledged.size(), database)
                .isEmpty();
        assertThat(acknowledged).hasSize(CYCLES);
    }

    private static List<String> settings(EmbeddedPostgres postgres, String... names) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            return java.util.Arrays.stream(names)
                    .map(name -> jdbc.sql("select current_setting(?)")
                            .param(name)
                            .query(String.class)
                            .single())
                    .toList();
        }
    }
}
