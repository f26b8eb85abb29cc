package org.symbiose.flows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;

/**
 * The history of a company's flows ({@code flow_change}). The changed fields are stored one per line,
 * {@code field TAB before TAB after}, with tabs, line ends and backslashes escaped.
 */
@Repository
public class FlowChangeRepository {

    private final JdbcClient jdbc;

    FlowChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long record(FlowChange change) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into flow_change (flow_id, company_id, username, display_name, changed_at, action,"
                        + " flow_label, changes) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        change.flowId().value(),
                        change.companyId().value(),
                        change.username(),
                        change.displayName(),
                        Timestamp.from(change.changedAt()),
                        change.action().name(),
                        change.flowLabel(),
                        write(change.changes()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static final int ROWS_PER_INSERT = 500;

    /**
     * Records the flows an import changed, in the caller's transaction, several hundred rows per statement:
     * each with the fields that change, named as the grid names them, and the import that changed them.
     * The flows an import creates get no row: they point to the import ({@link FlowRepository#insertBatch(List,
     * Long)}), which keeps a 100,000-flow import's history from costing half the import again
     * (docs/performance.md, docs/decisions/0033).
     *
     * @param importId the import ({@link ImportRuns})
     * @param before the changed flows as they were, in the order of {@code after}
     * @param after the changed flows as the import writes them
     */
    public void recordImported(
            long importId, String username, String displayName, Instant at, List<Flow> before, List<Flow> after) {
        Timestamp when = Timestamp.from(at);
        for (int start = 0; start < after.size(); start += ROWS_PER_INSERT) {
            int end = Math.min(after.size(), start + ROWS_PER_INSERT);
            var sql = new StringBuilder("insert into flow_change (flow_id, company_id, username, display_name,"
                    + " changed_at, action, flow_label, changes, import_id) values ");
            var params = new ArrayList<Object>((end - start) * 9);
            for (int i = start; i < end; i++) {
                Flow flow = after.get(i);
                sql.append(i == start ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                params.add(flow.id().value());
                params.add(flow.companyId().value());
                params.add(username);
                params.add(displayName);
                params.add(when);
                params.add(FlowChange.Action.IMPORTED.name());
                params.add(flow.label());
                params.add(write(FlowFields.changed(before.get(i), flow)));
                params.add(importId);
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** A company's flow changes, most recent first, at most {@code limit}. */
    public List<FlowChange> listByCompany(CompanyId companyId, int limit) {
        return jdbc.sql("select * from flow_change where company_id = ? order by changed_at desc, id desc limit ?")
                .params(companyId.value(), limit)
                .query(FlowChangeRepository::change)
                .list();
    }

    private static FlowChange change(ResultSet rs, int rowNum) throws SQLException {
        return new FlowChange(
                rs.getLong("id"),
                new FlowId(rs.getLong("flow_id")),
                new CompanyId(rs.getLong("company_id")),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getTimestamp("changed_at").toInstant(),
                FlowChange.Action.valueOf(rs.getString("action")),
                rs.getString("flow_label"),
                read(rs.getString("changes")),
                (Long) rs.getObject("import_id", Long.class));
    }

    static String write(List<FlowChange.FieldChange> changes) {
        var text = new StringBuilder();
        for (FlowChange.FieldChange c : changes) {
            text.append(escape(c.field()))
                    .append('\t')
                    .append(escape(c.before()))
                    .append('\t')
                    .append(escape(c.after()))
                    .append('\n');
        }
        return text.toString();
    }

    static List<FlowChange.FieldChange> read(String text) {
        var changes = new ArrayList<FlowChange.FieldChange>();
        if (text == null) {
            return changes;
        }
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                String[] parts = line.split("\t", -1);
                changes.add(new FlowChange.FieldChange(
                        unescape(parts[0]),
                        parts.length > 1 ? unescape(parts[1]) : "",
                        parts.length > 2 ? unescape(parts[2]) : ""));
            }
        }
        return changes;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static String unescape(String value) {
        var out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
