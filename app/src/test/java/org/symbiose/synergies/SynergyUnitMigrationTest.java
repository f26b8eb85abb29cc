package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.InitiativeId;

/**
 * V7 reads the units written as text before it ("t/an", "m3/an", "kt/an") into the engine's Unit and
 * Period, on H2 and PostgreSQL; a text naming no known unit loses its quantity.
 */
class SynergyUnitMigrationTest {

    static List<String> databases() {
        return TestDatabases.names();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void readsTheUnitsWrittenAsText(String database) {
        DataSource dataSource = TestDatabases.fresh(database);
        Flyway before = flyway(dataSource, "2");
        before.clean();
        before.migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TestDatabases.insertNetwork(jdbc);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        String[][] rows = {
            {"Boues", "16000", "t/an"},
            {"Eau", "3500", "m3/an"},
            {"Granulats", "35.9", "kt/an"},
            {"Chaleur", "12", "MWh/mois"},
            {"Palettes", "400", "palettes"},
            {"Inconnu", "5", "barils/an"},
        };
        int position = 0;
        for (String[] row : rows) {
            jdbc.sql("insert into synergy (initiative_id, position, title, kind, sub_type, status, quantity,"
                            + " quantity_unit) values (?, ?, ?, 'SUBSTITUTION', 'MATERIAL', 'REALISED', ?, ?)")
                    .params(adeto, position++, row[0], new java.math.BigDecimal(row[1]), row[2])
                    .update();
        }

        flyway(dataSource, "latest").migrate();

        List<Synergy> synergies = new SynergyRepository(jdbc).listByInitiative(new InitiativeId(adeto));
        assertThat(synergies)
                .extracting(Synergy::title, Synergy::unit, Synergy::period, Synergy::quantityUnit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Boues", Unit.TONNE, Period.YEAR, "t/an"),
                        org.assertj.core.groups.Tuple.tuple("Eau", Unit.CUBIC_METRE, Period.YEAR, "m3/an"),
                        org.assertj.core.groups.Tuple.tuple("Granulats", Unit.KILOTONNE, Period.YEAR, "kt/an"),
                        org.assertj.core.groups.Tuple.tuple("Chaleur", Unit.MEGAWATT_HOUR, Period.MONTH, "MWh/mois"),
                        org.assertj.core.groups.Tuple.tuple("Palettes", Unit.PALLET, Period.ONCE, "pallet"),
                        org.assertj.core.groups.Tuple.tuple("Inconnu", null, null, null));
        assertThat(synergies.get(2).quantity()).isEqualByComparingTo("35.9");
        assertThat(synergies.get(5).quantity()).isNull();
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .target(target)
                .load();
    }
}
