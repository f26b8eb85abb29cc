package org.symbiose.questionnaire;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.flows.Flow;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.QuestionnaireId;

/**
 * Questionnaires, their declared flows and their log. A questionnaire is saved whole (its rows
 * replaced) against the version it was read at, so that a member and a facilitator, or two tabs, never
 * silently overwrite each other; a company has at most one questionnaire that is not accepted.
 */
@Repository
public class QuestionnaireRepository {

    private static final String ORDER_FOR_REVIEW = " order by case status when 'SUBMITTED' then 0"
            + " when 'RETURNED' then 1 else 2 end, submitted_at desc, id desc";

    private final JdbcClient jdbc;

    QuestionnaireRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Questionnaire> findById(QuestionnaireId id) {
        return withRows(jdbc.sql("select * from questionnaire where id = ?")
                        .param(id.value())
                        .query(QuestionnaireRepository::questionnaire)
                        .list())
                .stream()
                .findFirst();
    }

    /** The company's latest questionnaire: the open one if any, else the last accepted. */
    public Optional<Questionnaire> findLatest(CompanyId companyId) {
        return withRows(jdbc.sql("select * from questionnaire where company_id = ? order by id desc limit 1")
                        .param(companyId.value())
                        .query(QuestionnaireRepository::questionnaire)
                        .list())
                .stream()
                .findFirst();
    }

    /**
     * The questionnaires of an initiative its facilitators review: every one but drafts, which are the
     * member's until sent; submitted first, then returned, then accepted, the latest first.
     */
    public List<Questionnaire> listForReview(InitiativeId initiativeId) {
        return withRows(
                jdbc.sql("select * from questionnaire where initiative_id = ? and status <> 'DRAFT'" + ORDER_FOR_REVIEW)
                        .param(initiativeId.value())
                        .query(QuestionnaireRepository::questionnaire)
                        .list());
    }

    /**
     * Saves a questionnaire read at {@code seenVersion} (0 for a new one) and answers it as stored, at
     * its next version.
     *
     * @throws OptimisticLockingFailureException when it was saved by someone else since, or when the
     *     company has another open questionnaire
     */
    public Questionnaire save(Questionnaire questionnaire, int seenVersion) {
        QuestionnaireId id;
        if (questionnaire.id() == null) {
            if (seenVersion != 0) {
                throw new OptimisticLockingFailureException("a new questionnaire is seen at version 0");
            }
            id = insert(questionnaire);
        } else {
            id = questionnaire.id();
            update(questionnaire, seenVersion);
            jdbc.sql("delete from questionnaire_flow where questionnaire_id = ?")
                    .param(id.value())
                    .update();
        }
        for (int position = 0; position < questionnaire.rows().size(); position++) {
            insertRow(id, position, questionnaire.rows().get(position));
        }
        return questionnaire.stored(id, seenVersion + 1);
    }

    public void record(QuestionnaireId questionnaireId, QuestionnaireEvent event) {
        jdbc.sql("insert into questionnaire_event (questionnaire_id, happened_at, actor, action, detail)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        questionnaireId.value(),
                        Timestamp.from(event.at()),
                        event.actor(),
                        event.action().name(),
                        event.detail())
                .update();
    }

    /** A questionnaire's log, the latest first. */
    public List<QuestionnaireEvent> log(QuestionnaireId questionnaireId) {
        return jdbc.sql("select happened_at, actor, action, detail from questionnaire_event"
                        + " where questionnaire_id = ? order by happened_at desc, id desc")
                .param(questionnaireId.value())
                .query((rs, n) -> new QuestionnaireEvent(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        QuestionnaireEvent.Action.valueOf(rs.getString(3)),
                        rs.getString(4)))
                .list();
    }

    private QuestionnaireId insert(Questionnaire q) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into questionnaire (company_id, initiative_id, open_for_company, status, return_comment,"
                            + " created_by, created_at, updated_at, submitted_by, submitted_at, reviewed_by,"
                            + " reviewed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                    .params(
                            q.companyId().value(),
                            q.initiativeId().value(),
                            openFor(q),
                            q.status().name(),
                            q.returnComment(),
                            q.created().by(),
                            Timestamp.from(q.created().at()),
                            Timestamp.from(q.updatedAt()),
                            by(q.submitted()),
                            at(q.submitted()),
                            by(q.reviewed()),
                            at(q.reviewed()))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("company " + q.companyId() + " has an open questionnaire", e);
        }
        return new QuestionnaireId(keys.getKeyAs(Number.class).longValue());
    }

    private void update(Questionnaire q, int seenVersion) {
        int updated = jdbc.sql("update questionnaire set open_for_company = ?, status = ?, return_comment = ?,"
                        + " updated_at = ?, submitted_by = ?, submitted_at = ?, reviewed_by = ?, reviewed_at = ?,"
                        + " version = version + 1 where id = ? and version = ?")
                .params(
                        openFor(q),
                        q.status().name(),
                        q.returnComment(),
                        Timestamp.from(q.updatedAt()),
                        by(q.submitted()),
                        at(q.submitted()),
                        by(q.reviewed()),
                        at(q.reviewed()),
                        q.id().value(),
                        seenVersion)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException(
                    "questionnaire " + q.id() + " is no longer at version " + seenVersion);
        }
    }

    private void insertRow(QuestionnaireId questionnaireId, int position, DeclaredFlow row) {
        Flow f = row.flow();
        jdbc.sql("insert into questionnaire_flow (questionnaire_id, position, direction, label, category, ewc,"
                        + " quantity, unit, period, temperature_c, hazardous, available_from, available_to, notes,"
                        + " accepted_flow_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        questionnaireId.value(),
                        position,
                        f.direction().name(),
                        f.label(),
                        name(f.category()),
                        f.ewc(),
                        f.quantity(),
                        name(f.unit()),
                        f.period().name(),
                        f.temperatureC(),
                        f.hazardous(),
                        date(f.availableFrom()),
                        date(f.availableTo()),
                        f.notes(),
                        row.acceptedFlowId() == null
                                ? null
                                : row.acceptedFlowId().value())
                .update();
    }

    /** The questionnaires with their rows: one more query for all their rows, never one per questionnaire. */
    private List<Questionnaire> withRows(List<Questionnaire> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        Map<QuestionnaireId, Questionnaire> byId = new LinkedHashMap<>();
        bare.forEach(q -> byId.put(q.id(), q));
        Map<QuestionnaireId, List<DeclaredFlow>> rows = new LinkedHashMap<>();
        String ids =
                String.join(",", byId.keySet().stream().map(String::valueOf).toList());
        jdbc.sql("select r.*, q.company_id from questionnaire_flow r join questionnaire q on q.id = r.questionnaire_id"
                        + " where r.questionnaire_id in (" + ids + ") order by r.questionnaire_id, r.position")
                .query((rs, n) -> Map.entry(new QuestionnaireId(rs.getLong("questionnaire_id")), row(rs)))
                .list()
                .forEach(e ->
                        rows.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byId.values().stream()
                .map(q -> new Questionnaire(
                        q.id(),
                        q.companyId(),
                        q.initiativeId(),
                        q.status(),
                        rows.getOrDefault(q.id(), List.of()),
                        q.returnComment(),
                        q.created(),
                        q.updatedAt(),
                        q.submitted(),
                        q.reviewed(),
                        q.version()))
                .toList();
    }

    private static Questionnaire questionnaire(ResultSet rs, int rowNum) throws SQLException {
        return new Questionnaire(
                new QuestionnaireId(rs.getLong("id")),
                new CompanyId(rs.getLong("company_id")),
                new InitiativeId(rs.getLong("initiative_id")),
                QuestionnaireStatus.valueOf(rs.getString("status")),
                List.of(),
                rs.getString("return_comment"),
                new Stamp(
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()),
                rs.getTimestamp("updated_at").toInstant(),
                stamp(rs, "submitted"),
                stamp(rs, "reviewed"),
                rs.getInt("version"));
    }

    private static DeclaredFlow row(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        String unit = rs.getString("unit");
        var flow = new Flow(
                null,
                new CompanyId(rs.getLong("company_id")),
                null,
                Direction.valueOf(rs.getString("direction")),
                rs.getString("label"),
                category == null ? null : FlowCategory.valueOf(category),
                rs.getString("ewc"),
                stripped(rs.getBigDecimal("quantity")),
                unit == null ? null : Unit.valueOf(unit),
                Period.valueOf(rs.getString("period")),
                stripped(rs.getBigDecimal("temperature_c")),
                rs.getObject("hazardous", Boolean.class),
                localDate(rs.getDate("available_from")),
                localDate(rs.getDate("available_to")),
                rs.getString("notes"));
        Long accepted = rs.getObject("accepted_flow_id", Long.class);
        return new DeclaredFlow(flow, accepted == null ? null : new FlowId(accepted));
    }

    private static Stamp stamp(ResultSet rs, String prefix) throws SQLException {
        String by = rs.getString(prefix + "_by");
        Timestamp at = rs.getTimestamp(prefix + "_at");
        return by == null || at == null ? null : new Stamp(by, at.toInstant());
    }

    private static Long openFor(Questionnaire q) {
        return q.status() == QuestionnaireStatus.ACCEPTED ? null : q.companyId().value();
    }

    private static String by(Stamp stamp) {
        return stamp == null ? null : stamp.by();
    }

    private static Timestamp at(Stamp stamp) {
        return stamp == null ? null : Timestamp.from(stamp.at());
    }

    /** As the form reads it: 12.0000 from the database equals the 12 a member typed. */
    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
