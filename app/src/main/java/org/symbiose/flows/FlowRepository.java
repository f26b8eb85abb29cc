package org.symbiose.flows;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.DiagnosticId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;

/**
 * Flows and flow diagnostics of companies. A flow knows its company, not its initiative: the
 * per-initiative queries read the initiative's company ids from {@link FlowOwners} (the companies' table
 * is theirs) and name them, a thousand per statement.
 */
@Repository
public class FlowRepository {

    private static final int IDS_PER_QUERY = 1_000;

    private final JdbcClient jdbc;
    private final FlowOwners owners;

    FlowRepository(JdbcClient jdbc, FlowOwners owners) {
        this.jdbc = jdbc;
        this.owners = owners;
    }

    /**
     * Runs a query on the initiative's companies, a thousand ids at a time, and joins the answers in the
     * order of the ids.
     *
     * @param sql a query with {@code %s} where the placeholders of {@code company_id in (%s)} go
     */
    private <T> List<T> byCompanies(InitiativeId initiativeId, String sql, Object[] before, RowMapper<T> mapper) {
        List<Long> ids =
                owners.companyIds(initiativeId).stream().map(CompanyId::value).toList();
        var result = new ArrayList<T>();
        for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            result.addAll(jdbc.sql(sql.formatted(marks))
                    .params(before)
                    .params(new ArrayList<Object>(chunk))
                    .query(mapper)
                    .list());
        }
        return result;
    }

    public List<Flow> listByCompany(CompanyId companyId) {
        return jdbc.sql("select * from flow where company_id = ? order by id")
                .param(companyId.value())
                .query(this::row)
                .list();
    }

    /**
     * A stamp of the flows of an initiative's companies, read by one aggregate instead of every row: it
     * changes with every write. A deletion lowers the count, a new flow raises the sum of ids (a new id
     * is higher than every other), every edit (grid, API, import update) raises a version. Equal stamps
     * mean the same flows, different ones almost surely a change.
     */
    public long changeStamp(InitiativeId initiativeId) {
        // The company ids come from their owner (no join on its table); one aggregate per chunk of them.
        var stamp = new ChangeStamp();
        byCompanies(
                initiativeId,
                "select " + ChangeStamp.AGGREGATE + " from flow where company_id in (%s)",
                new Object[0],
                (rs, n) -> stamp.add(rs));
        return stamp.value();
    }

    /** Flows of every company of an initiative, by company then id: one query for a whole directory. */
    public List<Flow> listByInitiative(InitiativeId initiativeId) {
        return byCompanies(
                initiativeId,
                "select * from flow where company_id in (%s) order by company_id, id",
                new Object[0],
                this::row);
    }

    /** Flows of the given companies, by company then id: one query for a page of the directory. */
    public List<Flow> listByCompanies(java.util.Collection<CompanyId> companyIds) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from flow where company_id in (:ids) order by company_id, id")
                .param("ids", values(companyIds))
                .query(this::row)
                .list();
    }

    /** Diagnostics of the given companies, by company then date. */
    public List<FlowDiagnostic> listDiagnosticsByCompanies(java.util.Collection<CompanyId> companyIds) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from flow_diagnostic where company_id in (:ids) order by company_id, performed_on, id")
                .param("ids", values(companyIds))
                .query(FlowRepository::diagnostic)
                .list();
    }

    public List<FlowDiagnostic> listDiagnosticsByCompany(CompanyId companyId) {
        return jdbc.sql("select * from flow_diagnostic where company_id = ? order by performed_on, id")
                .param(companyId.value())
                .query(FlowRepository::diagnostic)
                .list();
    }

    /** Diagnostics of every company of an initiative, by company then date. */
    public List<FlowDiagnostic> listDiagnosticsByInitiative(InitiativeId initiativeId) {
        return byCompanies(
                initiativeId,
                "select * from flow_diagnostic where company_id in (%s) order by company_id, performed_on, id",
                new Object[0],
                FlowRepository::diagnostic);
    }

    private static FlowDiagnostic diagnostic(ResultSet rs, int rowNum) throws SQLException {
        return new FlowDiagnostic(
                new DiagnosticId(rs.getLong("id")),
                new CompanyId(rs.getLong("company_id")),
                DiagnosticKind.valueOf(rs.getString("kind")),
                rs.getString("theme"),
                rs.getDate("performed_on").toLocalDate(),
                rs.getBoolean("charter_signed"),
                rs.getString("facilitator_username"),
                rs.getString("facilitator_name"),
                rs.getInt("version"));
    }

    public long countDiagnostics(InitiativeId initiativeId) {
        return sum(byCompanies(
                initiativeId, "select count(*) from flow_diagnostic where company_id in (%s)", new Object[0], COUNT));
    }

    /** Diagnostics of one kind (flash, full, thematic) of the companies of an initiative. */
    public long countDiagnostics(InitiativeId initiativeId, DiagnosticKind kind) {
        return sum(byCompanies(
                initiativeId,
                "select count(*) from flow_diagnostic where kind = ? and company_id in (%s)",
                new Object[] {kind.name()},
                COUNT));
    }

    /** Thematic diagnostics on one theme ("BIOWASTE", "PALLETS") of the companies of an initiative. */
    public long countDiagnosticsOnTheme(InitiativeId initiativeId, String theme) {
        return sum(byCompanies(
                initiativeId,
                "select count(*) from flow_diagnostic where theme = ? and company_id in (%s)",
                new Object[] {theme},
                COUNT));
    }

    /** Ids of the initiative's companies that had at least one diagnostic. */
    public java.util.Set<CompanyId> diagnosedCompanies(InitiativeId initiativeId) {
        return java.util.Set.copyOf(byCompanies(
                initiativeId,
                "select distinct company_id from flow_diagnostic where company_id in (%s)",
                new Object[0],
                (rs, n) -> new CompanyId(rs.getLong(1))));
    }

    private static List<Long> values(java.util.Collection<CompanyId> ids) {
        return ids.stream().map(CompanyId::value).toList();
    }

    private static final RowMapper<Long> COUNT = (rs, n) -> rs.getLong(1);

    private static long sum(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    /** One flow, whichever company it belongs to (callers check the company). */
    public Optional<Flow> findById(FlowId id) {
        return jdbc.sql("select * from flow where id = ?")
                .param(id.value())
                .query(this::row)
                .optional();
    }

    /**
     * Replaces every field of a flow but its company and external id, if it is still at the version
     * {@code flow.version()}; its version then grows by one.
     *
     * @return false when the flow is gone or was changed since (nothing is written then)
     */
    public boolean update(Flow flow) {
        return jdbc.sql("update flow set direction = ?, label = ?, category = ?, ewc = ?, quantity = ?, unit = ?,"
                                + " period = ?, temperature_c = ?, hazardous = ?, available_from = ?, available_to = ?,"
                                + " notes = ?, version = version + 1 where id = ? and version = ?")
                        .params(fields(flow))
                        .param(flow.id().value())
                        .param(flow.version())
                        .update()
                == 1;
    }

    /** Deletes a flow still at the given version; false when it is gone or was changed since. */
    public boolean delete(FlowId id, int version) {
        return jdbc.sql("delete from flow where id = ? and version = ?")
                        .params(id.value(), version)
                        .update()
                == 1;
    }

    public Optional<FlowDiagnostic> findDiagnostic(DiagnosticId id) {
        return jdbc.sql("select * from flow_diagnostic where id = ?")
                .param(id.value())
                .query(FlowRepository::diagnostic)
                .optional();
    }

    /** Replaces a diagnostic still at the version it names; false when it is gone or was changed since. */
    public boolean updateDiagnostic(FlowDiagnostic diagnostic) {
        return jdbc.sql("update flow_diagnostic set kind = ?, theme = ?, performed_on = ?, charter_signed = ?,"
                                + " facilitator_username = ?, facilitator_name = ?, version = version + 1"
                                + " where id = ? and version = ?")
                        .params(
                                diagnostic.kind().name(),
                                diagnostic.theme(),
                                Date.valueOf(diagnostic.performedOn()),
                                diagnostic.charterSigned(),
                                diagnostic.facilitatorUsername(),
                                diagnostic.facilitatorName(),
                                diagnostic.id().value(),
                                diagnostic.version())
                        .update()
                == 1;
    }

    /** Deletes a diagnostic still at the given version; false when it is gone or was changed since. */
    public boolean deleteDiagnostic(DiagnosticId id, int version) {
        return jdbc.sql("delete from flow_diagnostic where id = ? and version = ?")
                        .params(id.value(), version)
                        .update()
                == 1;
    }

    public FlowId insert(Flow flow) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into flow (company_id, external_id, direction, label, category, ewc, quantity, unit, period,"
                        + " temperature_c, hazardous, available_from, available_to, notes)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(flow.companyId().value())
                .param(flow.externalId())
                .params(fields(flow))
                .update(keys, "id");
        return new FlowId(keys.getKeyAs(Number.class).longValue());
    }

    private static final int ROWS_PER_INSERT = 500;

    /**
     * Inserts flows for a dataset import, several hundred rows per statement (a 100,000-flow dataset in a
     * few seconds, docs/performance.md), in the caller's transaction.
     *
     * @return their ids, in the order of {@code batch}
     */
    public List<FlowId> insertBatch(List<Flow> batch) {
        return insertBatch(batch, null);
    }

    /**
     * Inserts new flows as {@link #insertBatch(List)} does, each pointing to the import that creates them
     * ({@link ImportRuns}): their history is that one import, not a row each.
     *
     * @param importId the import, null for flows created otherwise
     */
    public List<FlowId> insertBatch(List<Flow> batch, Long importId) {
        var ids = new java.util.ArrayList<FlowId>(batch.size());
        for (int start = 0; start < batch.size(); start += ROWS_PER_INSERT) {
            List<Flow> chunk = batch.subList(start, Math.min(batch.size(), start + ROWS_PER_INSERT));
            var sql = new StringBuilder(
                    "insert into flow (company_id, external_id, direction, label, category, ewc, quantity, unit,"
                            + " period, temperature_c, hazardous, available_from, available_to, notes, import_id) values ");
            var params = new java.util.ArrayList<Object>(chunk.size() * 15);
            for (int i = 0; i < chunk.size(); i++) {
                Flow flow = chunk.get(i);
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                params.add(flow.companyId().value());
                params.add(flow.externalId());
                params.addAll(fields(flow));
                params.add(importId);
            }
            var keys = new GeneratedKeyHolder();
            jdbc.sql(sql.toString()).params(params).update(keys, "id");
            for (var row : keys.getKeyList()) {
                ids.add(new FlowId(((Number) row.get("id")).longValue()));
            }
        }
        return ids;
    }

    /**
     * The labels of a company's flows that an import created and that are still there, by import, in the
     * order they were created: what its flow history shows of its imports.
     */
    public java.util.Map<Long, List<String>> labelsByImport(CompanyId companyId) {
        var labels = new java.util.LinkedHashMap<Long, List<String>>();
        jdbc.sql("select import_id, label from flow where company_id = ? and import_id is not null order by id")
                .param(companyId.value())
                .query(rs -> {
                    labels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return labels;
    }

    /**
     * Writes every field of saved flows (their company stays), for a dataset import, in the caller's
     * transaction; each version grows by one, so that a grid row opened before the import is refused.
     */
    public void updateBatch(List<Flow> batch) {
        for (Flow flow : batch) {
            var params = new java.util.ArrayList<Object>(15);
            params.add(flow.externalId());
            params.addAll(fields(flow));
            params.add(flow.id().value());
            jdbc.sql("update flow set external_id = ?, direction = ?, label = ?, category = ?, ewc = ?, quantity = ?,"
                            + " unit = ?, period = ?, temperature_c = ?, hazardous = ?, available_from = ?,"
                            + " available_to = ?, notes = ?, version = version + 1 where id = ?")
                    .params(params)
                    .update();
        }
    }

    /** The columns a person edits, from direction to notes, in the order of the table. */
    private static List<Object> fields(Flow flow) {
        return java.util.Arrays.asList(
                flow.direction().name(),
                flow.label(),
                flow.category() == null ? null : flow.category().name(),
                flow.ewc(),
                flow.quantity(),
                flow.unit() == null ? null : flow.unit().name(),
                flow.period().name(),
                flow.temperatureC(),
                flow.hazardous(),
                flow.availableFrom() == null ? null : Date.valueOf(flow.availableFrom()),
                flow.availableTo() == null ? null : Date.valueOf(flow.availableTo()),
                flow.notes());
    }

    public DiagnosticId insertDiagnostic(FlowDiagnostic diagnostic) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into flow_diagnostic (company_id, kind, theme, performed_on, charter_signed,"
                        + " facilitator_username, facilitator_name) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        diagnostic.companyId().value(),
                        diagnostic.kind().name(),
                        diagnostic.theme(),
                        Date.valueOf(diagnostic.performedOn()),
                        diagnostic.charterSigned(),
                        diagnostic.facilitatorUsername(),
                        diagnostic.facilitatorName())
                .update(keys, "id");
        return new DiagnosticId(keys.getKeyAs(Number.class).longValue());
    }

    private Flow row(ResultSet rs, int rowNum) throws SQLException {
        String category = rs.getString("category");
        String unit = rs.getString("unit");
        Date from = rs.getDate("available_from");
        Date to = rs.getDate("available_to");
        return new Flow(
                new FlowId(rs.getLong("id")),
                new CompanyId(rs.getLong("company_id")),
                rs.getString("external_id"),
                Direction.valueOf(rs.getString("direction")),
                rs.getString("label"),
                category == null ? null : FlowCategory.valueOf(category),
                rs.getString("ewc"),
                rs.getBigDecimal("quantity"),
                unit == null ? null : Unit.valueOf(unit),
                Period.valueOf(rs.getString("period")),
                rs.getBigDecimal("temperature_c"),
                rs.getObject("hazardous", Boolean.class),
                from == null ? null : from.toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getString("notes"),
                rs.getInt("version"));
    }
}
