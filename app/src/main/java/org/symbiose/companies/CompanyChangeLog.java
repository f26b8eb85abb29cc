package org.symbiose.companies;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of every company: who created, edited, archived or restored it, when, and what changed. */
@Repository
public class CompanyChangeLog {

    private final JdbcClient jdbc;

    CompanyChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(CompanyChange change) {
        String summary = change.changes().isEmpty()
                ? null
                : change.changes().stream()
                        .map(CompanyChange.FieldChange::stored)
                        .collect(Collectors.joining("\n"));
        jdbc.sql("insert into company_change (company_id, changed_at, username, display_name, action, summary)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        change.companyId(),
                        Timestamp.from(change.at()),
                        change.username(),
                        change.displayName(),
                        change.action().name(),
                        summary)
                .update();
    }

    /** A company's history, the latest first. */
    public List<CompanyChange> list(CompanyId companyId) {
        return jdbc.sql("select * from company_change where company_id = ? order by changed_at desc, id desc")
                .param(companyId.value())
                .query((rs, n) -> {
                    String summary = rs.getString("summary");
                    return new CompanyChange(
                            rs.getLong("company_id"),
                            rs.getTimestamp("changed_at").toInstant(),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            CompanyChange.Action.valueOf(rs.getString("action")),
                            summary == null
                                    ? List.of()
                                    : Arrays.stream(summary.split("\n"))
                                            .map(CompanyChange.FieldChange::parse)
                                            .toList());
                })
                .list();
    }
}
