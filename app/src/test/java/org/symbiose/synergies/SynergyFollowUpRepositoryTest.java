package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/**
 * A synergy's participants with their roles, its follow-up (V9) written at a version, its status moves
 * and its history, on H2 and PostgreSQL.
 */
class SynergyFollowUpRepositoryTest {

    static final LocalDate DAY = LocalDate.of(2024, 3, 12);

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;
    SynergyRepository synergies;
    FollowUpRepository followUps;
    SynergyChanges changes;
    long adeto;
    long menuiserie;
    long chaufferie;

    SynergyId saved(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        synergies = new SynergyRepository(jdbc);
        followUps = new FollowUpRepository(jdbc);
        changes = new SynergyChanges(jdbc);
        adeto = TestDatabases.initiative(jdbc, "adeto");
        menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        chaufferie = TestDatabases.company(jdbc, adeto, "Chaufferie urbaine");
        Synergy synergy = Synergy.identify(
                        new InitiativeId(adeto),
                        null,
                        "Palettes en chaufferie",
                        null,
                        SynergyKind.SUBSTITUTION,
                        SynergySubType.MATERIAL,
                        DAY)
                .withParticipants(null, List.of(new CompanyId(menuiserie), new CompanyId(chaufferie)), List.of());
        SynergyId id = synergies.insert(synergy, 1).id();
        synergies.setRole(id, new CompanyId(menuiserie), ParticipantRole.SUPPLIER);
        synergies.setRole(id, new CompanyId(chaufferie), ParticipantRole.RECEIVER);
        return id;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void participantsKeepTheirRoles(String database) {
        SynergyId id = saved(database);

        assertThat(synergies.participants(id))
                .containsExactlyInAnyOrder(
                        new SynergyParticipant(new CompanyId(menuiserie), ParticipantRole.SUPPLIER),
                        new SynergyParticipant(new CompanyId(chaufferie), ParticipantRole.RECEIVER));
        assertThat(synergies.participantsByInitiative(new InitiativeId(adeto)).get(id))
                .hasSize(2);
        assertThat(synergies.find(id)).get().extracting(Synergy::title).isEqualTo("Palettes en chaufferie");
        assertThat(synergies.find(new SynergyId(id.value() + 1000))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNewSynergyHasAnEmptyFollowUpAtVersionZero(String database) {
        SynergyId id = saved(database);

        assertThat(followUps.of(id)).contains(new FollowUp(null, null, null, null, null, 0));
        assertThat(followUps.byInitiative(new InitiativeId(adeto))).containsOnlyKeys(id);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEditIsWrittenAtTheVersionSeenOnly(String database) {
        SynergyId id = saved(database);
        var planned = new SynergyQuantity(new BigDecimal("120.5"), Unit.TONNE, Period.YEAR);
        var measured = new SynergyQuantity(new BigDecimal("98"), Unit.TONNE, Period.YEAR);
        var edit = new SynergyEdit(
                "Palettes en chaufferie (lot 2)",
                "Broyées sur place",
                "Visite de la chaufferie",
                "Jeanne Martin",
                planned,
                measured,
                DAY,
                DAY.plusYears(3),
                "Contrat de trois ans");

        assertThat(followUps.edited(id, edit, 0)).isTrue();
        assertThat(followUps.edited(id, edit, 0)).as("stale version").isFalse();

        FollowUp followUp = followUps.of(id).orElseThrow();
        assertThat(followUp.version()).isEqualTo(1);
        assertThat(followUp.nextStep()).isEqualTo("Visite de la chaufferie");
        assertThat(followUp.nextStepOwner()).isEqualTo("Jeanne Martin");
        assertThat(followUp.planned().value()).isEqualByComparingTo("120.5");
        assertThat(followUp.planned().unit()).isEqualTo(Unit.TONNE);
        assertThat(followUp.endsOn()).isEqualTo(DAY.plusYears(3));
        assertThat(followUp.notes()).isEqualTo("Contrat de trois ans");
        Synergy synergy = synergies.find(id).orElseThrow();
        assertThat(synergy.title()).isEqualTo("Palettes en chaufferie (lot 2)");
        assertThat(synergy.quantity()).isEqualByComparingTo("98");
        assertThat(synergy.startedOn()).isEqualTo(DAY);
        assertThat(SynergyEdit.of(synergy, followUp))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(edit);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMoveIsWrittenAtTheVersionSeenOnly(String database) {
        SynergyId id = saved(database);
        Synergy started = synergies.find(id).orElseThrow().start(DAY);

        assertThat(followUps.moved(started, 0)).isTrue();
        assertThat(followUps.moved(started.realise(DAY), 0)).as("stale version").isFalse();

        Synergy stored = synergies.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(SynergyStatus.IN_PROGRESS);
        assertThat(stored.startedOn()).isEqualTo(DAY);
        assertThat(followUps.of(id).orElseThrow().version()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theHistoryIsReadNewestFirst(String database) {
        SynergyId id = saved(database);
        Instant at = Instant.parse("2024-03-12T09:00:00Z");

        changes.record(id, "animation.adeto", at, SynergyChange.Field.CREATED_BY_HAND, null, null);
        changes.record(
                id, "animation.adeto", at.plusSeconds(60), SynergyChange.Field.STATUS, "PERSPECTIVE", "IN_PROGRESS");

        assertThat(changes.of(id))
                .containsExactly(
                        new SynergyChange(
                                at.plusSeconds(60),
                                "animation.adeto",
                                SynergyChange.Field.STATUS,
                                "PERSPECTIVE",
                                "IN_PROGRESS"),
                        new SynergyChange(at, "animation.adeto", SynergyChange.Field.CREATED_BY_HAND, null, null));
    }
}
