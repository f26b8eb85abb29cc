package org.symbiose.flows;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owners of flows as the companies feature answers them, for repository tests built without Spring:
 * read straight from the company table of the test database.
 */
public final class JdbcFlowOwners implements FlowOwners {

    private final JdbcClient jdbc;

    public JdbcFlowOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A flow repository over the test database, with these owners. */
    public static FlowRepository repository(JdbcClient jdbc) {
        return new FlowRepository(jdbc, new JdbcFlowOwners(jdbc));
    }

    @Override
    public Optional<FlowOwner> find(long companyId) {
        return jdbc.sql("select id, initiative_id, name from company where id = ?")
                .param(companyId)
                .query((rs, n) -> new FlowOwner(rs.getLong("id"), rs.getLong("initiative_id"), rs.getString("name")))
                .optional();
    }

    @Override
    public List<Long> companyIds(long initiativeId) {
        return jdbc.sql("select id from company where initiative_id = ? order by id")
                .param(initiativeId)
                .query(Long.class)
                .list();
    }
}
