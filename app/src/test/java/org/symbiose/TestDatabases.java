package org.symbiose;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The two databases repository tests run on: H2 in PostgreSQL mode (the embedded default) and a
 * real PostgreSQL (embedded binaries from Maven Central, started once per test JVM). Each call gives
 * a freshly migrated, empty schema.
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;
    private static int h2Counter;

    private TestDatabases() {}

    public static List<String> names() {
        return List.of("h2", "postgresql");
    }

    public static synchronized DataSource fresh(String name) {
        DataSource dataSource = switch (name) {
            case "h2" -> h2();
            case "postgresql" -> postgres();
            default -> throw new IllegalArgumentException(name);
        };
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        return dataSource;
    }

    /**
     * A pool of exactly one connection over the given database that gives up after a quarter of a
     * second: a repository that borrows a second connection while holding the first fails on it.
     */
    public static DataSource singleConnection(DataSource database) {
        var config = new HikariConfig();
        config.setDataSource(database);
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        config.setPoolName("one-connection");
        return new HikariDataSource(config);
    }

    /** Inserts the network row every initiative needs. */
    public static void insertNetwork(JdbcClient jdbc) {
        jdbc.sql("insert into network (name, short_name, compendium_title) values ('Réseau', 'Réseau', 'Recueil')")
                .update();
    }

    /** Inserts a minimal initiative of the first network and answers its id. */
    public static long initiative(JdbcClient jdbc, String slug) {
        jdbc.sql("insert into initiative (network_id, slug, name, title, carrier_name, carrier_type, updated_at)"
                        + " values ((select min(id) from network), ?, ?, ?, ?, 'BUSINESS_CLUB', current_timestamp)")
                .params(slug, slug.toUpperCase(java.util.Locale.ROOT), "Démarche " + slug, "Club " + slug)
                .update();
        return jdbc.sql("select id from initiative where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    /** Inserts a company with only a name and answers its id. */
    public static long company(JdbcClient jdbc, long initiativeId, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into company (initiative_id, name) values (?, ?)")
                .params(initiativeId, name)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static DataSource h2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:repo" + (++h2Counter)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    private static DataSource postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return postgres.getPostgresDatabase();
    }
}
