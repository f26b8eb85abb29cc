package org.symbiose.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

/** Flows and diagnostics edited and deleted at the version seen, and the history of flows, on H2 and PostgreSQL. */
class FlowRepositoryWritesTest {

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;
    FlowRepository flows;
    FlowChangeRepository history;
    long company;

    void open(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        flows = JdbcFlowOwners.repository(jdbc);
        history = new FlowChangeRepository(jdbc);
        company = TestDatabases.company(jdbc, TestDatabases.initiative(jdbc, "adeto"), "Menuiserie du Var");
    }

    static Flow withQuantity(Flow f, String quantity, int version) {
        return new Flow(
                f.id(),
                f.companyId(),
                f.externalId(),
                f.direction(),
                f.label(),
                f.category(),
                f.ewc(),
                new BigDecimal(quantity),
                f.unit(),
                f.period(),
                f.temperatureC(),
                f.hazardous(),
                f.availableFrom(),
                f.availableTo(),
                f.notes(),
                version);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEditAtTheVersionSeenIsSavedAndTheNextVersionIsCounted(String database) {
        open(database);
        FlowId id = flows.insert(FlowRepositoryTest.sawdust(company));
        Flow loaded = flows.findById(id).orElseThrow();
        assertThat(loaded.version()).isZero();

        assertThat(flows.update(withQuantity(loaded, "15", 0))).isTrue();

        Flow edited = flows.findById(id).orElseThrow();
        assertThat(edited.quantity()).isEqualByComparingTo("15");
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.externalId()).as("an edit keeps the external id").isEqualTo("f1");
        assertThat(edited.label()).isEqualTo(loaded.label());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEditOrADeletionAtAnOldVersionChangesNothing(String database) {
        open(database);
        FlowId id = flows.insert(FlowRepositoryTest.sawdust(company));
        Flow loaded = flows.findById(id).orElseThrow();
        flows.update(withQuantity(loaded, "15", 0));

        assertThat(flows.update(withQuantity(loaded, "99", 0))).isFalse();
        assertThat(flows.delete(id, 0)).isFalse();

        assertThat(flows.findById(id).orElseThrow().quantity()).isEqualByComparingTo("15");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDeletedFlowIsGoneAndItsHistoryStays(String database) {
        open(database);
        FlowId id = flows.insert(FlowRepositoryTest.label(company, Direction.OUT, "Palettes"));
        FlowId other = flows.insert(FlowRepositoryTest.label(company, Direction.IN, "Sciure"));
        Instant t = Instant.parse("2026-12-07T02:00:00Z");
        history.record(new FlowChange(
                null,
                id,
                new CompanyId(company),
                "animation.adeto",
                "Animation ADETO",
                t,
                FlowChange.Action.CREATED,
                "Palettes",
                List.of()));

        assertThat(flows.delete(id, 0)).isTrue();
        history.record(new FlowChange(
                null,
                id,
                new CompanyId(company),
                "animation.adeto",
                "Animation ADETO",
                t.plusSeconds(60),
                FlowChange.Action.DELETED,
                "Palettes",
                List.of()));

        assertThat(flows.findById(id)).isEmpty();
        assertThat(flows.listByCompany(new CompanyId(company)))
                .extracting(Flow::id)
                .containsExactly(other);
        assertThat(history.listByCompany(new CompanyId(company), 10))
                .extracting(FlowChange::action)
                .containsExactly(FlowChange.Action.DELETED, FlowChange.Action.CREATED);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theHistoryKeepsWhoWhenAndEachChangedFieldMostRecentFirst(String database) {
        open(database);
        Flow before = FlowRepositoryTest.sawdust(company);
        Flow after = new Flow(
                null,
                new CompanyId(company),
                "f1",
                Direction.OUT,
                "Sciure de bois",
                FlowCategory.WASTE,
                "030105",
                new BigDecimal("15"),
                Unit.TONNE,
                Period.YEAR,
                null,
                false,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31),
                "Ligne 1\tavec tabulation\nligne 2 \\ fin",
                0);
        List<FlowChange.FieldChange> changed = FlowFields.changed(before, after);
        assertThat(changed)
                .extracting(FlowChange.FieldChange::field)
                .containsExactly("label", "quantity", "temperature", "notes");
        Instant first = Instant.parse("2026-12-07T02:00:00Z").truncatedTo(ChronoUnit.SECONDS);
        history.record(new FlowChange(
                null,
                new FlowId(7),
                new CompanyId(company),
                "animation.adeto",
                "Animation ADETO",
                first,
                FlowChange.Action.CREATED,
                "Sciure",
                List.of()));
        history.record(new FlowChange(
                null,
                new FlowId(7),
                new CompanyId(company),
                "animation.adeto",
                "Animation ADETO",
                first.plusSeconds(5),
                FlowChange.Action.EDITED,
                "Sciure de bois",
                changed));

        List<FlowChange> read = history.listByCompany(new CompanyId(company), 10);
        assertThat(read).hasSize(2);
        FlowChange edit = read.get(0);
        assertThat(edit.action()).isEqualTo(FlowChange.Action.EDITED);
        assertThat(edit.displayName()).isEqualTo("Animation ADETO");
        assertThat(edit.changedAt()).isEqualTo(first.plusSeconds(5));
        assertThat(edit.changes()).isEqualTo(changed);
        assertThat(edit.changes().get(1))
                .isEqualTo(new FlowChange.FieldChange("quantity", "1234.5678 TONNE MONTH", "15 TONNE YEAR"));
        assertThat(history.listByCompany(new CompanyId(company), 1))
                .extracting(FlowChange::action)
                .containsExactly(FlowChange.Action.EDITED);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDiagnosticKeepsItsFacilitatorAndIsEditedAndDeletedAtTheVersionSeen(String database) {
        open(database);
        var pallets = new FlowDiagnostic(
                null,
                new CompanyId(company),
                DiagnosticKind.THEMATIC,
                "PALLETS",
                LocalDate.of(2025, 5, 12),
                true,
                "animation.adeto",
                "Animation ADETO",
                0);
        DiagnosticId id = flows.insertDiagnostic(pallets);
        FlowDiagnostic loaded = flows.findDiagnostic(id).orElseThrow();
        assertThat(loaded.facilitatorUsername()).isEqualTo("animation.adeto");
        assertThat(loaded.facilitatorName()).isEqualTo("Animation ADETO");

        var full = new FlowDiagnostic(
                id,
                new CompanyId(company),
                DiagnosticKind.FULL,
                null,
                LocalDate.of(2025, 6, 1),
                false,
                "animation.adeto",
                "Animation ADETO",
                0);
        assertThat(flows.updateDiagnostic(full)).isTrue();
        assertThat(flows.updateDiagnostic(full))
                .as("the version seen is now old")
                .isFalse();
        FlowDiagnostic edited = flows.findDiagnostic(id).orElseThrow();
        assertThat(edited.kind()).isEqualTo(DiagnosticKind.FULL);
        assertThat(edited.theme()).isNull();
        assertThat(edited.version()).isEqualTo(1);

        assertThat(flows.deleteDiagnostic(id, 0)).isFalse();
        assertThat(flows.deleteDiagnostic(id, 1)).isTrue();
        assertThat(flows.listDiagnosticsByCompany(new CompanyId(company))).isEmpty();
    }
}
