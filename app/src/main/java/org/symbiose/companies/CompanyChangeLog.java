package org.symbiose.companies;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.ids.CompanyId;

/** The history of every company: who created, edited, archived, restored or imported it, when, and what changed. */
@Repository
public class CompanyChangeLog {

    private final JdbcClient jdbc;

    CompanyChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(CompanyChange change) {
        String summary = summary(change);
        jdbc.sql("insert into company_change (company_id, changed_at, username, display_name, action, summary)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        change.companyId().value(),
                        Timestamp.from(change.at()),
                        change.username(),
                        change.displayName(),
                        change.action().name(),
                        summary)
                .update();
    }

    private static final int ROWS_PER_INSERT = 500;

    /**
     * Records the companies an import changed, in the caller's transaction, several hundred rows per
     * statement: each with the fields that change, in the words of its file (as the form records them), and
     * the import. The companies an import creates get no row: they point to the import
     * ({@link CompanyImportBatches#insertBatch(List, Long)}; docs/decisions/0033).
     *
     * @param importId the import ({@code flows.ImportRuns})
     * @param before the changed companies as they were, in the order of {@code after}
     * @param after the changed companies as the import leaves them (their sites included)
     */
    public void recordImported(
            long importId, String username, String displayName, Instant at, List<Company> before, List<Company> after) {
        var rows = new ArrayList<CompanyChange>(after.size());
        for (int i = 0; i < after.size(); i++) {
            List<CompanyChange.FieldChange> changes = ChangeSummary.between(before.get(i), after.get(i));
            if (!changes.isEmpty()) {
                rows.add(new CompanyChange(
                        after.get(i).id(),
                        at,
                        username,
                        displayName,
                        CompanyChange.Action.IMPORTED,
                        changes,
                        importId));
            }
        }
        for (int start = 0; start < rows.size(); start += ROWS_PER_INSERT) {
            List<CompanyChange> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_INSERT));
            var sql = new StringBuilder("insert into company_change (company_id, changed_at, username, display_name,"
                    + " action, summary, import_id) values ");
            var params = new ArrayList<Object>(chunk.size() * 7);
            for (int i = 0; i < chunk.size(); i++) {
                CompanyChange change = chunk.get(i);
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
                params.addAll(Arrays.asList(
                        change.companyId().value(),
                        Timestamp.from(at),
                        username,
                        displayName,
                        change.action().name(),
                        summary(change),
                        importId));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    private static String summary(CompanyChange change) {
        return change.changes().isEmpty()
                ? null
                : change.changes().stream()
                        .map(CompanyChange.FieldChange::stored)
                        .collect(Collectors.joining("\n"));
    }

    /** A company's history, the latest first. */
    public List<CompanyChange> list(CompanyId companyId) {
        return jdbc.sql("select * from company_change where company_id = ? order by changed_at desc, id desc")
                .param(companyId.value())
                .query((rs, n) -> {
                    String summary = rs.getString("summary");
                    return new CompanyChange(
                            new CompanyId(rs.getLong("company_id")),
                            rs.getTimestamp("changed_at").toInstant(),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            CompanyChange.Action.valueOf(rs.getString("action")),
                            summary == null
                                    ? List.of()
                                    : Arrays.stream(summary.split("\n"))
                                            .map(CompanyChange.FieldChange::parse)
                                            .toList(),
                            rs.getObject("import_id", Long.class));
                })
                .list();
    }
}
