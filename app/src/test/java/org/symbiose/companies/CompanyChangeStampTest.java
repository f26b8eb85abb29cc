package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.ids.InitiativeId;

/**
 * The companies' change stamp, which the opportunities page compares instead of reading every company file,
 * changes with every write path (form, archive, restore, import) and stays the same without one, on H2 and
 * PostgreSQL.
 */
class CompanyChangeStampTest {

    static List<String> databases() {
        return TestDatabases.names();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyWriteChangesTheStampAndOnlyAWriteDoes(String database) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long piicto = TestDatabases.initiative(jdbc, "piicto");
        var companies = new CompanyRepository(jdbc);
        var imports = new CompanyImportBatches(jdbc, companies);
        Set<Long> seen = new HashSet<>();

        assertThat(seen.add(companies.changeStamp(new InitiativeId(adeto)))).isTrue();
        Company saved = companies.insert(CompanyRepositoryTest.menuiserie(adeto));
        long afterInsert = companies.changeStamp(new InitiativeId(adeto));
        assertThat(seen.add(afterInsert)).as("a new company").isTrue();
        assertThat(companies.changeStamp(new InitiativeId(adeto)))
                .as("read again, nothing written")
                .isEqualTo(afterInsert);

        companies.insert(CompanyRepositoryTest.named(piicto, "p1", "Raffinerie"));
        assertThat(companies.changeStamp(new InitiativeId(adeto)))
                .as("another initiative's company")
                .isEqualTo(afterInsert);

        companies.update(saved, 0);
        assertThat(seen.add(companies.changeStamp(new InitiativeId(adeto))))
                .as("saved from the form")
                .isTrue();
        companies.setArchivedOn(saved.id(), LocalDate.of(2026, 12, 7), 1);
        assertThat(seen.add(companies.changeStamp(new InitiativeId(adeto))))
                .as("archived")
                .isTrue();
        companies.setArchivedOn(saved.id(), null, 2);
        assertThat(seen.add(companies.changeStamp(new InitiativeId(adeto))))
                .as("restored")
                .isTrue();
        imports.updateBatch(List.of(saved));
        assertThat(seen.add(companies.changeStamp(new InitiativeId(adeto))))
                .as("updated by an import")
                .isTrue();
        imports.insertBatch(List.of(CompanyRepositoryTest.named(adeto, "a2", "Chaufferie")));
        assertThat(seen.add(companies.changeStamp(new InitiativeId(adeto))))
                .as("added by an import")
                .isTrue();
    }
}
