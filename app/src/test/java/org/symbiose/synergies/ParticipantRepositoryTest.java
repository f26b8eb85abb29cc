package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/**
 * The writes that change a synergy's participants and flows after its creation, its version check and
 * their history rows, on H2 and PostgreSQL.
 */
class ParticipantRepositoryTest {

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;
    SynergyRepository synergies;
    ParticipantRepository participants;
    FollowUpRepository followUps;
    SynergyChanges changes;
    long menuiserie;
    long chaufferie;
    long flow;

    SynergyId saved(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        synergies = new SynergyRepository(jdbc);
        participants = new ParticipantRepository(jdbc);
        followUps = new FollowUpRepository(jdbc);
        changes = new SynergyChanges(jdbc);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        chaufferie = TestDatabases.company(jdbc, adeto, "Chaufferie urbaine");
        jdbc.sql("insert into flow (company_id, direction, label) values (?, 'OUT', 'Palettes bois')")
                .param(chaufferie)
                .update();
        flow = jdbc.sql("select max(id) from flow").query(Long.class).single();
        Synergy synergy = Synergy.identify(
                        new InitiativeId(adeto),
                        null,
                        "Palettes en chaufferie",
                        null,
                        SynergyKind.SUBSTITUTION,
                        SynergySubType.MATERIAL,
                        LocalDate.of(2024, 3, 12))
                .withParticipants(null, List.of(new CompanyId(menuiserie)), List.of());
        return synergies.insert(synergy, 1).id();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aParticipantIsAddedGivenARoleAndRemovedAndAFlowLinkedThenUnlinked(String database) {
        SynergyId id = saved(database);

        participants.add(id, new CompanyId(chaufferie), ParticipantRole.RECEIVER);
        participants.attach(id, new FlowId(flow));
        assertThat(synergies.participants(id))
                .contains(new SynergyParticipant(new CompanyId(chaufferie), ParticipantRole.RECEIVER));
        assertThat(synergies.find(id).orElseThrow().flowIds()).containsExactly(new FlowId(flow));

        participants.detach(id, new FlowId(flow));
        participants.remove(id, new CompanyId(chaufferie));
        assertThat(synergies.find(id).orElseThrow().participantIds()).containsExactly(new CompanyId(menuiserie));
        assertThat(synergies.find(id).orElseThrow().flowIds()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theVersionMovesOnlyFromTheOneSeen(String database) {
        SynergyId id = saved(database);

        assertThat(participants.nextVersion(id, 0)).isTrue();
        assertThat(participants.nextVersion(id, 0)).isFalse();
        assertThat(followUps.of(id).orElseThrow().version()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theHistoryKeepsWhoTookPartAndWhichFlowWasLinked(String database) {
        SynergyId id = saved(database);
        Instant at = Instant.parse("2024-03-12T10:00:00Z");

        changes.record(id, "animation.adeto", at, SynergyChange.Field.PARTICIPANT, null, chaufferie + " RECEIVER");
        changes.record(id, "animation.adeto", at, SynergyChange.Field.FLOW, null, flow + " Palettes bois");

        assertThat(changes.of(id))
                .extracting(SynergyChange::field, SynergyChange::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SynergyChange.Field.FLOW, flow + " Palettes bois"),
                        org.assertj.core.groups.Tuple.tuple(SynergyChange.Field.PARTICIPANT, chaufferie + " RECEIVER"));
    }
}
