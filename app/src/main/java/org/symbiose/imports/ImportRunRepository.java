package org.symbiose.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.symbiose.flows.ImportRuns;
import org.symbiose.ids.InitiativeId;

/**
 * The confirmed imports ({@code import_run}, owned by this feature): one row per import, who, when, which
 * file and what it did. The companies and flows an import creates point to it, and their histories read it
 * through {@link ImportRuns} (docs/decisions/0033).
 */
@Repository
class ImportRunRepository implements ImportRuns {

    private static final int IDS_PER_QUERY = 1_000;

    private final JdbcClient jdbc;

    ImportRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an import about to be written, in the caller's transaction; answers its id. */
    long record(InitiativeId initiativeId, Instant at, ImportWriter.Author author, ImportPlan plan) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into import_run (initiative_id, imported_at, username, display_name, file_name,"
                        + " companies_added, companies_changed, flows_added, flows_changed)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        initiativeId.value(),
                        Timestamp.from(at),
                        author.username(),
                        author.displayName(),
                        author.fileName(),
                        plan.countCompanies(ImportPlan.Kind.NEW),
                        plan.countCompanies(ImportPlan.Kind.CHANGED),
                        plan.countFlows(ImportPlan.Kind.NEW),
                        plan.countFlows(ImportPlan.Kind.CHANGED))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @Override
    public Map<Long, ImportRun> find(Collection<Long> ids) {
        var runs = new HashMap<Long, ImportRun>();
        List<Long> all = new ArrayList<>(ids);
        for (int start = 0; start < all.size(); start += IDS_PER_QUERY) {
            List<Long> chunk = all.subList(start, Math.min(all.size(), start + IDS_PER_QUERY));
            jdbc.sql("select id, imported_at, username, display_name, file_name from import_run where id in ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(new ArrayList<Object>(chunk))
                    .query((rs, n) -> new ImportRun(
                            rs.getLong("id"),
                            rs.getTimestamp("imported_at").toInstant(),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getString("file_name")))
                    .list()
                    .forEach(run -> runs.put(run.id(), run));
        }
        return runs;
    }
}
