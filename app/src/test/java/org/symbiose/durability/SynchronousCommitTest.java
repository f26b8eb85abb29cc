package org.symbiose.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;

/**
 * On PostgreSQL, the application's connections commit synchronously whatever the server's default
 * (decision 0010): the pool's settings of the {@code postgres} profile, applied to the test
 * PostgreSQL, whose embedded server runs with {@code synchronous_commit=off}.
 */
class SynchronousCommitTest {

    @Test
    void theApplicationsConnectionsCommitSynchronouslyOnAServerThatDoesNot() throws IOException {
        DataSource server = TestDatabases.fresh("postgresql");
        assertThat(setting(server)).as("the test server's own default").isEqualTo("off");

        try (HikariDataSource application = new HikariDataSource(poolOfThePostgresProfile(server))) {
            assertThat(setting(application)).isEqualTo("on");
        }
    }

    /** spring.datasource.hikari of application-postgres.yml, bound as Spring Boot binds it, over the given server. */
    private static HikariConfig poolOfThePostgresProfile(DataSource server) throws IOException {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader()
                .load("application-postgres", new ClassPathResource("application-postgres.yml"))
                .forEach(source -> environment.getPropertySources().addFirst(source));
        var config = Binder.get(environment)
                .bind("spring.datasource.hikari", Bindable.ofInstance(new HikariConfig()))
                .orElseThrow(() -> new AssertionError("no spring.datasource.hikari in application-postgres.yml"));
        config.setDataSource(server);
        config.setMaximumPoolSize(2);
        return config;
    }

    private static String setting(DataSource dataSource) {
        return JdbcClient.create(dataSource)
                .sql("show synchronous_commit")
                .query(String.class)
                .single();
    }
}
