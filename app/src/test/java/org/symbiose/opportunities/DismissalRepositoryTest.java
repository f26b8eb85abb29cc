package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.ids.InitiativeId;

/** Dismissals are kept per initiative, once per proposal, and restored by deleting them, on H2 and PostgreSQL. */
class DismissalRepositoryTest {

    static final Instant AT = Instant.parse("2026-12-07T08:30:00Z");

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;

    DismissalRepository repository(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        return new DismissalRepository(jdbc);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsADismissalWithItsReasonWhoAndWhenAndRestoresIt(String database) {
        DismissalRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long piicto = TestDatabases.initiative(jdbc, "piicto");
        String key = "M:pallets-collection:c3.c7.c9";
        var dismissal = new Dismissal(
                new InitiativeId(adeto),
                key,
                "Collecte mutualisée des palettes (3 entreprises)",
                DismissalReason.TOO_FAR,
                "Trop loin « vraiment »",
                "animation.adeto",
                AT);

        assertThat(repository.insert(dismissal)).isTrue();
        assertThat(repository.insert(dismissal)).as("once per proposal").isFalse();

        assertThat(repository.list(new InitiativeId(adeto))).containsExactly(dismissal);
        assertThat(repository.keys(new InitiativeId(adeto))).containsExactly(key);
        assertThat(repository.keys(new InitiativeId(piicto)))
                .as("other initiatives unchanged")
                .isEmpty();

        assertThat(repository.delete(new InitiativeId(piicto), key)).isFalse();
        assertThat(repository.delete(new InitiativeId(adeto), key)).isTrue();
        assertThat(repository.keys(new InitiativeId(adeto))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReasonFromTheListNeedsNoWords(String database) {
        DismissalRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        var dismissal = new Dismissal(
                new InitiativeId(adeto),
                "S:f1:c2:reuse-wood",
                "sciure : A → B",
                DismissalReason.ALREADY_IN_PLACE,
                null,
                "animation.adeto",
                AT);
        repository.insert(dismissal);
        assertThat(repository.list(new InitiativeId(adeto))).containsExactly(dismissal);
    }
}
