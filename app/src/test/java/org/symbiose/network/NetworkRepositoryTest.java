package org.symbiose.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.initiatives.Prose;

/** The network row survives a save and a reload, and a fresh installation gets a neutral one, on H2 and PostgreSQL. */
class NetworkRepositoryTest {

    static List<String> databases() {
        return TestDatabases.names();
    }

    NetworkRepository repository(String database) {
        return new NetworkRepository(JdbcClient.create(TestDatabases.fresh(database)));
    }

    static Network sud() {
        return new Network(
                0,
                "Réseau régional de l'écologie industrielle et territoriale Provence-Alpes-Côte d'Azur",
                "Réseau EIT Sud",
                "Recueil des démarches d'écologie industrielle et territoriale",
                new Prose("Le réseau fédère **douze** démarches.\n\nCe recueil présente leurs fiches."),
                List.of("ARPE-ARB Provence-Alpes-Côte d'Azur", "CCI Provence-Alpes-Côte d'Azur"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsTheNetworkWithItsIntroductionAndCoordinators(String database) {
        NetworkRepository repository = repository(database);

        long id = repository.insert(sud());

        Network loaded = repository.find().orElseThrow();
        assertThat(loaded.id()).isEqualTo(id);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("id").isEqualTo(sud());
        assertThat(loaded.introduction().paragraphs()).hasSize(2);
        assertThat(repository.get()).isEqualTo(loaded);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsANetworkWithoutIntroductionOrCoordinators(String database) {
        NetworkRepository repository = repository(database);

        repository.insert(new Network(0, "Réseau", "Réseau", "Recueil", null, List.of()));

        Network loaded = repository.get();
        assertThat(loaded.introduction().isEmpty()).isTrue();
        assertThat(loaded.coordinators()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void givesANeutralNetworkToAFreshInstallation(String database) {
        NetworkRepository repository = repository(database);

        assertThat(repository.find()).isEmpty();
        Network neutral = repository.get();
        assertThat(neutral.name()).isEqualTo("Symbiose");
        assertThat(neutral.compendiumTitle()).isEqualTo("Recueil");
        assertThat(neutral.introduction().isEmpty()).isTrue();
        assertThat(neutral.coordinators()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void servesTheFirstNetworkWhenSeveralWereSaved(String database) {
        NetworkRepository repository = repository(database);

        long first = repository.insert(sud());
        repository.insert(new Network(0, "Autre", "Autre", "Autre recueil", null, List.of()));

        assertThat(repository.get().id()).isEqualTo(first);
    }
}
