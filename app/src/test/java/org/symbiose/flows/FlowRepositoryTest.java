package org.symbiose.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.symbiose.TestDatabases;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/** A company's flows and flow diagnostics survive a save and a reload, on H2 and PostgreSQL. */
class FlowRepositoryTest {

    static final LocalDate DAY = LocalDate.of(2024, 3, 12);

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;

    FlowRepository repository(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        jdbc.sql("insert into network (name, short_name, compendium_title) values ('Réseau', 'Réseau', 'Recueil')")
                .update();
        return new FlowRepository(jdbc);
    }

    long initiative(String slug) {
        jdbc.sql("insert into initiative (network_id, slug, name, title, carrier_name, carrier_type, updated_at)"
                        + " values ((select min(id) from network), ?, ?, ?, ?, 'BUSINESS_CLUB', current_timestamp)")
                .params(slug, slug.toUpperCase(), "Démarche " + slug, "Club " + slug)
                .update();
        return jdbc.sql("select id from initiative where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    long company(long initiativeId, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into company (initiative_id, name) values (?, ?)")
                .params(initiativeId, name)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    static Flow sawdust(long companyId) {
        return new Flow(
                null,
                companyId,
                "f1",
                Direction.OUT,
                "Sciure et copeaux de bois",
                FlowCategory.WASTE,
                "030105",
                new BigDecimal("1234.5678"),
                Unit.TONNE,
                Period.MONTH,
                new BigDecimal("18.25"),
                false,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31),
                "Stockée en benne de 30 m³, enlèvement chaque semaine.");
    }

    static Flow label(long companyId, Direction direction, String label) {
        return new Flow(
                null, companyId, null, direction, label, null, null, null, null, null, null, null, null, null, null);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsEveryFieldOfAFlow(String database) {
        FlowRepository repository = repository(database);
        long menuiserie = company(initiative("adeto"), "Menuiserie du Var");

        long id = repository.insert(sawdust(menuiserie));

        assertThat(repository.listByCompany(menuiserie)).singleElement().satisfies(loaded -> {
            assertThat(loaded.id()).isEqualTo(id);
            assertThat(loaded)
                    .usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .ignoringFields("id")
                    .isEqualTo(sawdust(menuiserie));
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsWhatIsNotStatedUnstated(String database) {
        FlowRepository repository = repository(database);
        long chaufferie = company(initiative("adeto"), "Chaufferie urbaine");

        repository.insert(label(chaufferie, Direction.IN, "Combustible biomasse"));

        Flow loaded = repository.listByCompany(chaufferie).get(0);
        assertThat(loaded.hazardous()).as("hazardous not stated is not 'false'").isNull();
        assertThat(loaded.quantity()).isNull();
        assertThat(loaded.unit()).isNull();
        assertThat(loaded.temperatureC()).isNull();
        assertThat(loaded.availableFrom()).isNull();
        assertThat(loaded.period()).isEqualTo(Period.YEAR);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsAHazardousHeatFlowWithItsTemperature(String database) {
        FlowRepository repository = repository(database);
        long usine = company(initiative("adeto"), "Usine chimique");
        var heat = new Flow(
                null,
                usine,
                "f9",
                Direction.OUT,
                "Vapeur basse pression",
                FlowCategory.HEAT,
                null,
                new BigDecimal("0.5"),
                Unit.GIGAWATT_HOUR,
                Period.WEEK,
                new BigDecimal("-12.5"),
                true,
                null,
                null,
                null);

        repository.insert(heat);

        Flow loaded = repository.listByCompany(usine).get(0);
        assertThat(loaded.hazardous()).isTrue();
        assertThat(loaded.unit()).isEqualTo(Unit.GIGAWATT_HOUR);
        assertThat(loaded.period()).isEqualTo(Period.WEEK);
        assertThat(loaded.quantity()).isEqualByComparingTo("0.5");
        assertThat(loaded.temperatureC()).isEqualByComparingTo("-12.5");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsTheFlowsOfOneCompanyInTheOrderTheyWereEntered(String database) {
        FlowRepository repository = repository(database);
        long adeto = initiative("adeto");
        long menuiserie = company(adeto, "Menuiserie du Var");
        long chaufferie = company(adeto, "Chaufferie urbaine");
        repository.insert(label(menuiserie, Direction.OUT, "Sciure"));
        repository.insert(label(chaufferie, Direction.IN, "Plaquettes"));
        repository.insert(label(menuiserie, Direction.IN, "Palettes"));
        repository.insert(label(menuiserie, Direction.OUT, "Chutes de bois"));

        assertThat(repository.listByCompany(menuiserie))
                .extracting(Flow::label)
                .containsExactly("Sciure", "Palettes", "Chutes de bois");
        assertThat(repository.listByCompany(chaufferie)).extracting(Flow::label).containsExactly("Plaquettes");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsDiagnosticsWithTheirKindAndTheme(String database) {
        FlowRepository repository = repository(database);
        long menuiserie = company(initiative("adeto"), "Menuiserie du Var");
        var full = new FlowDiagnostic(null, menuiserie, DiagnosticKind.FULL, null, DAY.plusMonths(6), true);
        var flash = new FlowDiagnostic(null, menuiserie, DiagnosticKind.FLASH, null, DAY, false);
        var pallets = new FlowDiagnostic(null, menuiserie, DiagnosticKind.THEMATIC, "PALLETS", DAY.plusYears(1), true);
        long fullId = repository.insertDiagnostic(full);
        long flashId = repository.insertDiagnostic(flash);
        long palletsId = repository.insertDiagnostic(pallets);

        assertThat(repository.listDiagnosticsByCompany(menuiserie))
                .containsExactly(
                        new FlowDiagnostic(flashId, menuiserie, DiagnosticKind.FLASH, null, DAY, false),
                        new FlowDiagnostic(fullId, menuiserie, DiagnosticKind.FULL, null, DAY.plusMonths(6), true),
                        new FlowDiagnostic(
                                palletsId, menuiserie, DiagnosticKind.THEMATIC, "PALLETS", DAY.plusYears(1), true));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsTheDiagnosticsOfOneInitiativeOnly(String database) {
        FlowRepository repository = repository(database);
        long adeto = initiative("adeto");
        long other = initiative("ecopal");
        long menuiserie = company(adeto, "Menuiserie du Var");
        long chaufferie = company(adeto, "Chaufferie urbaine");
        long blanchisserie = company(other, "Blanchisserie");
        repository.insertDiagnostic(new FlowDiagnostic(null, menuiserie, DiagnosticKind.FLASH, null, DAY, false));
        repository.insertDiagnostic(new FlowDiagnostic(null, menuiserie, DiagnosticKind.FULL, null, DAY, true));
        repository.insertDiagnostic(
                new FlowDiagnostic(null, chaufferie, DiagnosticKind.THEMATIC, "BIOWASTE", DAY, true));
        repository.insertDiagnostic(new FlowDiagnostic(null, blanchisserie, DiagnosticKind.FLASH, null, DAY, false));

        assertThat(repository.countDiagnostics(adeto)).isEqualTo(3);
        assertThat(repository.countDiagnostics(other)).isEqualTo(1);
        assertThat(repository.countDiagnostics(initiative("empty"))).isZero();
    }
}
