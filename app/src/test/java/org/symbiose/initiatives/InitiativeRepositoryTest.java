package org.symbiose.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.impacts.Metric;

/** An initiative survives a save and a reload with every section of its sheet, on H2 and PostgreSQL. */
class InitiativeRepositoryTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static List<String> databases() {
        return TestDatabases.names();
    }

    static Initiative sample() {
        return new Initiative(
                null,
                "adeto",
                "ADETO",
                "Étude et optimisation des flux sur le territoire de Toulon Ouest",
                true,
                new Location("83126", new GeoPoint(43.10, 5.86)),
                new Prose("Premier paragraphe **important**.\n\nSecond paragraphe."),
                new Carrier(
                        "Association de Développement des Entreprises de Toulon-Ouest",
                        "ADETO",
                        CarrierType.BUSINESS_PARK_ASSOCIATION,
                        1996,
                        260,
                        new Prose("Créée en 1996.")),
                new Territory(
                        new Prose("800 hectares."),
                        List.of("83090", "83126", "83129"),
                        List.of(new BusinessPark(
                                "Pôle d'activités de Toulon-Ouest", "83126", new BigDecimal("800"), 1500, 17000))),
                List.of("Répondre à la mutation du territoire", "Accompagner les entreprises"),
                List.of("Une culture de la coopération"),
                List.of(
                        new KeyFigure(new BigDecimal("260"), null, "Entreprises adhérentes", Metric.MEMBER_COMPANIES),
                        new KeyFigure(
                                new BigDecimal("35.9"), "kt/an", "de matière valorisée", Metric.TONNES_VALORISED)),
                List.of(new Stage(
                        "Lancement de la démarche",
                        "2015",
                        2015,
                        2015,
                        3,
                        List.of("État des lieux", "Mobilisation des acteurs"))),
                "Date de lancement : 2015",
                new Means(
                        new BigDecimal("0.65"),
                        "0,65 ETP",
                        new BigDecimal("98000"),
                        "98 000 €",
                        "ADEME et Région",
                        List.of(
                                new FundingLine("ADEME", new BigDecimal("32400"), null),
                                new FundingLine("Autofinancement", null, new BigDecimal("34"))),
                        "Nouvelles subventions",
                        null),
                new Governance(
                        List.of("Comité de pilotage"),
                        List.of("1 chargée de mission"),
                        List.of("Var Économie Circulaire"),
                        List.of("Métropole TPM")),
                new Animation(List.of("Diagnostics flash"), List.of("Site web", "Newsletter")),
                List.of(new Contact("Chargée de mission développement durable", "ADETO", null)),
                0,
                NOW);
    }

    long networkId;

    InitiativeRepository repository(String database) {
        var jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        networkId = jdbc.sql("select id from network").query(Long.class).single();
        return new InitiativeRepository(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void savesAndReloadsEverySectionOfTheSheet(String database) {
        InitiativeRepository repository = repository(database);
        Initiative saved = repository.save(sample(), networkId);

        Initiative loaded = repository.getBySlug("adeto");

        assertThat(loaded.id()).isEqualTo(saved.id());
        assertThat(loaded)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .ignoringFields("id", "updatedAt")
                .isEqualTo(sample());
        assertThat(loaded.description().paragraphs()).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void revisingASectionKeepsTheOthers(String database) {
        InitiativeRepository repository = repository(database);
        Initiative saved = repository.save(sample(), networkId);

        Initiative revised = repository.save(
                saved.reviseKeyFigures(
                        List.of(new KeyFigure(new BigDecimal("21"), null, "Diagnostics palettes", null))),
                networkId);

        Initiative loaded = repository.getBySlug("adeto");
        assertThat(loaded.keyFigures()).extracting(KeyFigure::label).containsExactly("Diagnostics palettes");
        assertThat(loaded.stages()).isEqualTo(sample().stages());
        assertThat(loaded.governance()).isEqualTo(sample().governance());
        assertThat(loaded.version()).isEqualTo(revised.version()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void refusesToOverwriteAVersionSavedInBetween(String database) {
        InitiativeRepository repository = repository(database);
        Initiative saved = repository.save(sample(), networkId);
        repository.save(saved.reviseObjectives(List.of("Objectif A"), List.of()), networkId);

        Initiative stale = saved.reviseObjectives(List.of("Objectif B"), List.of());

        assertThatThrownBy(() -> repository.save(stale, networkId))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.getBySlug("adeto").objectives()).containsExactly("Objectif A");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsPublishedInitiativesOnly(String database) {
        InitiativeRepository repository = repository(database);
        Initiative published = repository.save(sample(), networkId);
        repository.save(
                published.reviseIdentity(
                        "ADETO", published.title(), published.description(), published.location(), false),
                networkId);

        assertThat(repository.listPublished()).isEmpty();
        assertThat(repository.listAll()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void loadsEveryInitiativeWithSectionsOnASingleConnection(String database) {
        var data = TestDatabases.fresh(database);
        var jdbc = JdbcClient.create(data);
        TestDatabases.insertNetwork(jdbc);
        long network = jdbc.sql("select id from network").query(Long.class).single();
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Initiative adeto = new InitiativeRepository(jdbc, clock).save(sample(), network);
        new InitiativeRepository(jdbc, clock).save(other("piicto", "PIICTO"), network);

        var onePool = new InitiativeRepository(JdbcClient.create(TestDatabases.singleConnection(data)), clock);

        assertThat(onePool.listAll()).extracting(Initiative::name).containsExactly("ADETO", "PIICTO");
        assertThat(onePool.getById(adeto.id()).territory().parks()).hasSize(1);
        assertThat(onePool.getBySlug("piicto").objectives()).containsExactly("Objectif de PIICTO");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaveIsSeenByTheNextReadThroughTheCache(String database) {
        InitiativeRepository repository = repository(database);
        Initiative saved = repository.save(sample(), networkId);
        assertThat(repository.getBySlug("adeto").objectives()).hasSize(2);

        repository.save(saved.reviseObjectives(List.of("Nouvel objectif"), List.of()), networkId);

        assertThat(repository.getBySlug("adeto").objectives()).containsExactly("Nouvel objectif");
        assertThat(repository.getById(saved.id()).version()).isEqualTo(1);
        assertThat(repository.listPublished())
                .extracting(Initiative::objectives)
                .containsExactly(List.of("Nouvel objectif"));
    }

    static Initiative other(String slug, String name) {
        Initiative s = sample();
        return new Initiative(
                        null,
                        slug,
                        name,
                        s.title(),
                        true,
                        s.location(),
                        s.description(),
                        s.carrier(),
                        s.territory(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        s.means(),
                        s.governance(),
                        s.animation(),
                        List.of(),
                        0,
                        NOW)
                .reviseObjectives(List.of("Objectif de " + name), List.of());
    }
}
