package org.symbiose.network;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.symbiose.initiatives.Prose;

/** The network row. One installation serves one regional network. */
@Repository
public class NetworkRepository {

    private final JdbcClient jdbc;

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Network> find() {
        return jdbc
                .sql("select * from network order by id")
                .query((rs, n) -> {
                    String coordinators = rs.getString("coordinators");
                    return new Network(
                            rs.getLong("id"),
                            rs.getString("name"),
                            rs.getString("short_name"),
                            rs.getString("compendium_title"),
                            new Prose(rs.getString("introduction")),
                            coordinators == null || coordinators.isBlank()
                                    ? List.of()
                                    : Arrays.asList(coordinators.split("\n")));
                })
                .list()
                .stream()
                .findFirst();
    }

    /** The network, or a neutral one when the installation has none yet. */
    public Network get() {
        return find().orElse(new Network(0, "Symbiose", "Symbiose", "Recueil", Prose.EMPTY, List.of()));
    }

    public long insert(Network network) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into network (name, short_name, compendium_title, introduction, coordinators)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        network.name(),
                        network.shortName(),
                        network.compendiumTitle(),
                        network.introduction().text(),
                        String.join("\n", network.coordinators()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
