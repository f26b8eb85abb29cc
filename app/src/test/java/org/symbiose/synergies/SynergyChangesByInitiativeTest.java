package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/**
 * The published history of an initiative's synergies (read by the dashboards): every synergy's changes,
 * oldest first, none of another initiative's, on H2 and PostgreSQL; and its quantities read back.
 */
class SynergyChangesByInitiativeTest {

    static List<String> databases() {
        return TestDatabases.names();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void givesEachSynergysChangesOldestFirstAndNoneOfAnotherInitiative(String database) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        var repository = new SynergyRepository(jdbc);
        var changes = new SynergyChanges(jdbc);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long piicto = TestDatabases.initiative(jdbc, "piicto");
        LocalDate day = LocalDate.of(2025, 1, 10);
        SynergyId slag = repository
                .insert(
                        Synergy.identify(
                                new InitiativeId(adeto),
                                null,
                                "Laitier",
                                null,
                                SynergyKind.SUBSTITUTION,
                                SynergySubType.MATERIAL,
                                day),
                        1)
                .id();
        SynergyId other = repository
                .insert(
                        Synergy.identify(
                                new InitiativeId(piicto),
                                null,
                                "Vapeur",
                                null,
                                SynergyKind.SUBSTITUTION,
                                SynergySubType.ENERGY,
                                day),
                        1)
                .id();
        Instant later = Instant.parse("2026-03-10T09:00:00Z");
        Instant earlier = Instant.parse("2025-06-20T09:00:00Z");
        changes.record(slag, "animation.adeto", later, SynergyChange.Field.MEASURED, "100 TONNE YEAR", "40 TONNE YEAR");
        changes.record(slag, "animation.adeto", earlier, SynergyChange.Field.MEASURED, null, "100 TONNE YEAR");
        changes.record(other, "animation.piicto", earlier, SynergyChange.Field.STATUS, "PERSPECTIVE", "IN_PROGRESS");

        var history = repository.changesByInitiative(new InitiativeId(adeto));

        assertThat(history).containsOnlyKeys(slag);
        assertThat(history.get(slag))
                .extracting(SynergyChange::happenedAt, SynergyChange::from, SynergyChange::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(earlier, null, "100 TONNE YEAR"),
                        org.assertj.core.groups.Tuple.tuple(later, "100 TONNE YEAR", "40 TONNE YEAR"));
        assertThat(SynergyService.quantityOf(history.get(slag).get(1).to()))
                .isEqualTo(new SynergyQuantity(
                        new java.math.BigDecimal("40"),
                        org.symbiose.engine.quantity.Unit.TONNE,
                        org.symbiose.engine.quantity.Period.YEAR));
    }
}
