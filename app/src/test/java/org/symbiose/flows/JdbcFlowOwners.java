package org.symbiose.flows;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

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
    public Optional<FlowOwner> find(CompanyId companyId) {
        return jdbc.sql("select id, initiative_id, name from company where id = ?")
                .param(companyId.value())
                .query((rs, n) -> new FlowOwner(
                        new CompanyId(rs.getLong("id")),
                        new InitiativeId(rs.getLong("initiative_id")),
                        rs.getString("name")))
                .optional();
    }

    @Override
    public List<CompanyId> companyIds(InitiativeId initiativeId) {
        return jdbc.sql("select id from company where initiative_id = ? order by id")
                .param(initiativeId.value())
                .query((rs, n) -> new CompanyId(rs.getLong(1)))
                .list();
    }
}
