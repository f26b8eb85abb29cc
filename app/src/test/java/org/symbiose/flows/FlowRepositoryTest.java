package org.symbiose.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.DiagnosticId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;

/** A company's flows and flow diagnostics survive a save and a reload, on H2 and PostgreSQL. */
class FlowRepositoryTest {

    static final LocalDate DAY = LocalDate.of(2024, 3, 12);

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;

    FlowRepository repository(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        return JdbcFlowOwners.repository(jdbc);
    }

    static Flow sawdust(long companyId) {
        return new Flow(
                null,
                new CompanyId(companyId),
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
                null,
                new CompanyId(companyId),
                null,
                direction,
                label,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsEveryFieldOfAFlow(String database) {
        FlowRepository repository = repository(database);
        long menuiserie = TestDatabases.company(jdbc, TestDatabases.initiative(jdbc, "adeto"), "Menuiserie du Var");

        FlowId id = repository.insert(sawdust(menuiserie));

        assertThat(repository.listByCompany(new CompanyId(menuiserie)))
                .singleElement()
                .satisfies(loaded -> {
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
        long chaufferie = TestDatabases.company(jdbc, TestDatabases.initiative(jdbc, "adeto"), "Chaufferie urbaine");

        repository.insert(label(chaufferie, Direction.IN, "Combustible biomasse"));

        Flow loaded = repository.listByCompany(new CompanyId(chaufferie)).get(0);
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
        long usine = TestDatabases.company(jdbc, TestDatabases.initiative(jdbc, "adeto"), "Usine chimique");
        var heat = new Flow(
                null,
                new CompanyId(usine),
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

        Flow loaded = repository.listByCompany(new CompanyId(usine)).get(0);
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
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        long chaufferie = TestDatabases.company(jdbc, adeto, "Chaufferie urbaine");
        repository.insert(label(menuiserie, Direction.OUT, "Sciure"));
        repository.insert(label(chaufferie, Direction.IN, "Plaquettes"));
        repository.insert(label(menuiserie, Direction.IN, "Palettes"));
        repository.insert(label(menuiserie, Direction.OUT, "Chutes de bois"));

        assertThat(repository.listByCompany(new CompanyId(menuiserie)))
                .extracting(Flow::label)
                .containsExactly("Sciure", "Palettes", "Chutes de bois");
        assertThat(repository.listByCompany(new CompanyId(chaufferie)))
                .extracting(Flow::label)
                .containsExactly("Plaquettes");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsDiagnosticsWithTheirKindAndTheme(String database) {
        FlowRepository repository = repository(database);
        long menuiserie = TestDatabases.company(jdbc, TestDatabases.initiative(jdbc, "adeto"), "Menuiserie du Var");
        var full =
                new FlowDiagnostic(null, new CompanyId(menuiserie), DiagnosticKind.FULL, null, DAY.plusMonths(6), true);
        var flash = new FlowDiagnostic(null, new CompanyId(menuiserie), DiagnosticKind.FLASH, null, DAY, false);
        var pallets = new FlowDiagnostic(
                null, new CompanyId(menuiserie), DiagnosticKind.THEMATIC, "PALLETS", DAY.plusYears(1), true);
        DiagnosticId fullId = repository.insertDiagnostic(full);
        DiagnosticId flashId = repository.insertDiagnostic(flash);
        DiagnosticId palletsId = repository.insertDiagnostic(pallets);

        assertThat(repository.listDiagnosticsByCompany(new CompanyId(menuiserie)))
                .containsExactly(
                        new FlowDiagnostic(flashId, new CompanyId(menuiserie), DiagnosticKind.FLASH, null, DAY, false),
                        new FlowDiagnostic(
                                fullId, new CompanyId(menuiserie), DiagnosticKind.FULL, null, DAY.plusMonths(6), true),
                        new FlowDiagnostic(
                                palletsId,
                                new CompanyId(menuiserie),
                                DiagnosticKind.THEMATIC,
                                "PALLETS",
                                DAY.plusYears(1),
                                true));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsTheDiagnosticsOfOneInitiativeOnly(String database) {
        FlowRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        long menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        long chaufferie = TestDatabases.company(jdbc, adeto, "Chaufferie urbaine");
        long blanchisserie = TestDatabases.company(jdbc, other, "Blanchisserie");
        repository.insertDiagnostic(
                new FlowDiagnostic(null, new CompanyId(menuiserie), DiagnosticKind.FLASH, null, DAY, false));
        repository.insertDiagnostic(
                new FlowDiagnostic(null, new CompanyId(menuiserie), DiagnosticKind.FULL, null, DAY, true));
        repository.insertDiagnostic(
                new FlowDiagnostic(null, new CompanyId(chaufferie), DiagnosticKind.THEMATIC, "BIOWASTE", DAY, true));
        repository.insertDiagnostic(
                new FlowDiagnostic(null, new CompanyId(blanchisserie), DiagnosticKind.FLASH, null, DAY, false));

        assertThat(repository.countDiagnostics(new InitiativeId(adeto))).isEqualTo(3);
        assertThat(repository.countDiagnostics(new InitiativeId(other))).isEqualTo(1);
        assertThat(repository.countDiagnostics(new InitiativeId(TestDatabases.initiative(jdbc, "empty"))))
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsAWholeInitiativesFlowsAndDiagnosticsAtOnceAndNoOtherInitiatives(String database) {
        FlowRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long piicto = TestDatabases.initiative(jdbc, "piicto");
        long menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        long chaufferie = TestDatabases.company(jdbc, adeto, "Chaufferie urbaine");
        long raffinerie = TestDatabases.company(jdbc, piicto, "Raffinerie");
        repository.insert(label(chaufferie, Direction.IN, "Plaquettes"));
        repository.insert(label(menuiserie, Direction.OUT, "Sciure"));
        repository.insert(label(raffinerie, Direction.OUT, "Vapeur"));
        repository.insertDiagnostic(
                new FlowDiagnostic(null, new CompanyId(chaufferie), DiagnosticKind.FLASH, null, DAY, false));
        repository.insertDiagnostic(
                new FlowDiagnostic(null, new CompanyId(raffinerie), DiagnosticKind.FULL, null, DAY, true));

        assertThat(repository.listByInitiative(new InitiativeId(adeto)))
                .extracting(Flow::label)
                .containsExactlyInAnyOrder("Plaquettes", "Sciure");
        assertThat(repository.listDiagnosticsByInitiative(new InitiativeId(adeto)))
                .extracting(FlowDiagnostic::companyId)
                .containsExactly(new CompanyId(chaufferie));
    }
}
