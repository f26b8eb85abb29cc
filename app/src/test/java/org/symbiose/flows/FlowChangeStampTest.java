package org.symbiose.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.engine.flow.Direction;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;

/**
 * The flows' change stamp, which the opportunities page compares instead of reading every company file,
 * changes with every write path (grid, deletion, import insert and update) and stays the same without one,
 * on H2 and PostgreSQL.
 */
class FlowChangeStampTest {

    static List<String> databases() {
        return TestDatabases.names();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyWriteChangesTheStampAndOnlyAWriteDoes(String database) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long company = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        long elsewhere = TestDatabases.company(jdbc, TestDatabases.initiative(jdbc, "piicto"), "Raffinerie");
        var flows = JdbcFlowOwners.repository(jdbc);
        Set<Long> seen = new HashSet<>();

        assertThat(seen.add(flows.changeStamp(new InitiativeId(adeto)))).isTrue();
        FlowId kept = flows.insert(FlowRepositoryTest.sawdust(company));
        FlowId deleted = flows.insert(FlowRepositoryTest.label(company, Direction.IN, "Chaleur"));
        long afterInserts = flows.changeStamp(new InitiativeId(adeto));
        assertThat(seen.add(afterInserts)).as("new flows").isTrue();
        assertThat(flows.changeStamp(new InitiativeId(adeto)))
                .as("read again, nothing written")
                .isEqualTo(afterInserts);

        flows.insert(FlowRepositoryTest.label(elsewhere, Direction.OUT, "Vapeur"));
        assertThat(flows.changeStamp(new InitiativeId(adeto)))
                .as("another initiative's flow")
                .isEqualTo(afterInserts);

        Flow loaded = flows.findById(kept).orElseThrow();
        assertThat(flows.update(FlowRepositoryWritesTest.withQuantity(loaded, "15", 0)))
                .isTrue();
        assertThat(seen.add(flows.changeStamp(new InitiativeId(adeto))))
                .as("edited in the grid")
                .isTrue();
        assertThat(flows.delete(deleted, 0)).isTrue();
        assertThat(seen.add(flows.changeStamp(new InitiativeId(adeto))))
                .as("deleted")
                .isTrue();
        flows.updateBatch(List.of(flows.findById(kept).orElseThrow()));
        assertThat(seen.add(flows.changeStamp(new InitiativeId(adeto))))
                .as("updated by an import")
                .isTrue();
        flows.insertBatch(List.of(FlowRepositoryTest.label(company, Direction.OUT, "Palettes")));
        assertThat(seen.add(flows.changeStamp(new InitiativeId(adeto))))
                .as("added by an import")
                .isTrue();
    }
}
