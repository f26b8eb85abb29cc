package org.symbiose.synergies;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/** Synergies with their participants and linked flows. */
@Repository
public class SynergyRepository {

    private final JdbcClient jdbc;

    SynergyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Synergy> listByInitiative(InitiativeId initiativeId) {
        Map<Long, List<Long>> participants = links(
                "select p.synergy_id, p.company_id from synergy_participant p join synergy s on s.id = p.synergy_id"
                        + " where s.initiative_id = ? order by p.company_id",
                initiativeId.value());
        Map<Long, List<Long>> flows = links(
                "select f.synergy_id, f.flow_id from synergy_flow f join synergy s on s.id = f.synergy_id"
                        + " where s.initiative_id = ? order by f.flow_id",
                initiativeId.value());
        return jdbc.sql("select * from synergy where initiative_id = ? order by position, id")
                .param(initiativeId.value())
                .query((rs, n) -> row(rs, participants, flows))
                .list();
    }

    /** One synergy with its participants and flows, whatever its initiative; empty for an unknown id. */
    public Optional<Synergy> find(SynergyId id) {
        Map<Long, List<Long>> participants = links(
                "select synergy_id, company_id from synergy_participant where synergy_id = ? order by company_id",
                id.value());
        Map<Long, List<Long>> flows =
                links("select synergy_id, flow_id from synergy_flow where synergy_id = ? order by flow_id", id.value());
        return jdbc.sql("select * from synergy where id = ?")
                .param(id.value())
                .query((rs, n) -> row(rs, participants, flows))
                .optional();
    }

    /** The companies of a synergy and their roles, by company id. */
    public List<SynergyParticipant> participants(SynergyId synergyId) {
        return jdbc.sql("select company_id, role from synergy_participant where synergy_id = ? order by company_id")
                .param(synergyId.value())
                .query((rs, n) ->
                        new SynergyParticipant(new CompanyId(rs.getLong(1)), ParticipantRole.valueOf(rs.getString(2))))
                .list();
    }

    /** The participants and their roles of every synergy of an initiative, by synergy id. */
    public Map<SynergyId, List<SynergyParticipant>> participantsByInitiative(InitiativeId initiativeId) {
        var result = new HashMap<SynergyId, List<SynergyParticipant>>();
        jdbc.sql("select p.synergy_id, p.company_id, p.role from synergy_participant p"
                        + " join synergy s on s.id = p.synergy_id where s.initiative_id = ? order by p.company_id")
                .param(initiativeId.value())
                .query(rs -> {
                    result.computeIfAbsent(new SynergyId(rs.getLong(1)), k -> new ArrayList<>())
                            .add(new SynergyParticipant(
                                    new CompanyId(rs.getLong(2)), ParticipantRole.valueOf(rs.getString(3))));
                });
        return result;
    }

    /**
     * The recorded history ({@code synergy_change}) of every synergy of an initiative, by synergy id,
     * oldest first: what the dashboards read to tell a synergy's status and quantity on a past date.
     */
    public Map<SynergyId, List<SynergyChange>> changesByInitiative(InitiativeId initiativeId) {
        var result = new HashMap<SynergyId, List<SynergyChange>>();
        jdbc.sql("select c.synergy_id, c.happened_at, c.actor, c.field, c.old_value, c.new_value"
                        + " from synergy_change c join synergy s on s.id = c.synergy_id"
                        + " where s.initiative_id = ? order by c.happened_at, c.id")
                .param(initiativeId.value())
                .query(rs -> {
                    result.computeIfAbsent(new SynergyId(rs.getLong(1)), k -> new ArrayList<>())
                            .add(new SynergyChange(
                                    rs.getTimestamp(2).toInstant(),
                                    rs.getString(3),
                                    SynergyChange.Field.valueOf(rs.getString(4)),
                                    rs.getString(5),
                                    rs.getString(6)));
                });
        return result;
    }

    /** Link rows grouped by owner, read before the owners so that no query runs inside another. */
    private Map<Long, List<Long>> links(String sql, long owner) {
        var result = new HashMap<Long, List<Long>>();
        jdbc.sql(sql).param(owner).query(rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return result;
    }

    @Transactional
    public Synergy insert(Synergy synergy, int position) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into synergy (initiative_id, ref, position, title, description, kind, sub_type, status,"
                        + " identified_on, started_on, realised_on, abandoned_on, abandon_reason, quantity,"
                        + " quantity_unit, quantity_period, co2_avoided_t, companies_involved, results)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        synergy.initiativeId().value(),
                        synergy.ref(),
                        position,
                        synergy.title(),
                        synergy.description(),
                        synergy.kind().name(),
                        synergy.subType().name(),
                        synergy.status().name(),
                        date(synergy.identifiedOn()),
                        date(synergy.startedOn()),
                        date(synergy.realisedOn()),
                        date(synergy.abandonedOn()),
                        synergy.abandonReason(),
                        synergy.quantity(),
                        synergy.unit() == null ? null : synergy.unit().name(),
                        synergy.period() == null ? null : synergy.period().name(),
                        synergy.co2AvoidedT(),
                        synergy.companiesInvolved(),
                        synergy.results())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (CompanyId company : synergy.participantIds()) {
            jdbc.sql("insert into synergy_participant (synergy_id, company_id) values (?, ?)")
                    .params(id, company.value())
                    .update();
        }
        for (FlowId flow : synergy.flowIds()) {
            jdbc.sql("insert into synergy_flow (synergy_id, flow_id) values (?, ?)")
                    .params(id, flow.value())
                    .update();
        }
        return new Synergy(
                new SynergyId(id),
                synergy.initiativeId(),
                synergy.ref(),
                synergy.title(),
                synergy.description(),
                synergy.kind(),
                synergy.subType(),
                synergy.status(),
                synergy.identifiedOn(),
                synergy.startedOn(),
                synergy.realisedOn(),
                synergy.abandonedOn(),
                synergy.abandonReason(),
                synergy.quantity(),
                synergy.unit(),
                synergy.period(),
                synergy.co2AvoidedT(),
                synergy.companiesInvolved(),
                synergy.results(),
                synergy.participantIds(),
                synergy.flowIds());
    }

    /** Synergies of an initiative, whatever their status. */
    public long count(InitiativeId initiativeId) {
        return jdbc.sql("select count(*) from synergy where initiative_id = ?")
                .param(initiativeId.value())
                .query(Long.class)
                .single();
    }

    /** Synergies of an initiative with one status. */
    public long countByStatus(InitiativeId initiativeId, SynergyStatus status) {
        return jdbc.sql("select count(*) from synergy where initiative_id = ? and status = ?")
                .params(initiativeId.value(), status.name())
                .query(Long.class)
                .single();
    }

    /** Tonnes of CO2e avoided per year recorded on the initiative's synergies with one status. */
    public BigDecimal sumCo2AvoidedT(InitiativeId initiativeId, SynergyStatus status) {
        return jdbc.sql("select coalesce(sum(co2_avoided_t), 0) from synergy where initiative_id = ? and status = ?")
                .params(initiativeId.value(), status.name())
                .query(BigDecimal.class)
                .single();
    }

    /** The quantities recorded on the initiative's synergies with one status, without the synergies. */
    public List<SynergyQuantity> quantities(InitiativeId initiativeId, SynergyStatus status) {
        return jdbc.sql("select quantity, quantity_unit, quantity_period from synergy"
                        + " where initiative_id = ? and status = ? and quantity is not null")
                .params(initiativeId.value(), status.name())
                .query((rs, n) -> new SynergyQuantity(
                        rs.getBigDecimal(1), Unit.valueOf(rs.getString(2)), Period.valueOf(rs.getString(3))))
                .list();
    }

    /** Ids of the companies that take part in at least one of the initiative's synergies. */
    public Set<CompanyId> participantCompanies(InitiativeId initiativeId) {
        return Set.copyOf(jdbc.sql("select distinct p.company_id from synergy_participant p"
                        + " join synergy s on s.id = p.synergy_id where s.initiative_id = ?")
                .param(initiativeId.value())
                .query((rs, n) -> new CompanyId(rs.getLong(1)))
                .list());
    }

    /** Records which of the engine's proposals a synergy was retained from. */
    public void markProposal(SynergyId synergyId, String proposalKey) {
        jdbc.sql("update synergy set proposal_key = ? where id = ?")
                .params(proposalKey, synergyId.value())
                .update();
    }

    /** Sets a participant's role in a synergy. */
    public void setRole(SynergyId synergyId, CompanyId companyId, ParticipantRole role) {
        jdbc.sql("update synergy_participant set role = ? where synergy_id = ? and company_id = ?")
                .params(role.name(), synergyId.value(), companyId.value())
                .update();
    }

    /** Keys of the proposals the initiative's synergies were retained from. */
    public Set<String> proposalKeys(InitiativeId initiativeId) {
        return Set.copyOf(jdbc.sql("select distinct proposal_key from synergy"
                        + " where initiative_id = ? and proposal_key is not null")
                .param(initiativeId.value())
                .query(String.class)
                .list());
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Synergy row(ResultSet rs, Map<Long, List<Long>> participants, Map<Long, List<Long>> flows)
            throws SQLException {
        long id = rs.getLong("id");
        return new Synergy(
                new SynergyId(id),
                new InitiativeId(rs.getLong("initiative_id")),
                rs.getString("ref"),
                rs.getString("title"),
                rs.getString("description"),
                SynergyKind.valueOf(rs.getString("kind")),
                SynergySubType.valueOf(rs.getString("sub_type")),
                SynergyStatus.valueOf(rs.getString("status")),
                local(rs.getDate("identified_on")),
                local(rs.getDate("started_on")),
                local(rs.getDate("realised_on")),
                local(rs.getDate("abandoned_on")),
                rs.getString("abandon_reason"),
                rs.getBigDecimal("quantity"),
                enumOrNull(Unit.class, rs.getString("quantity_unit")),
                enumOrNull(Period.class, rs.getString("quantity_period")),
                rs.getBigDecimal("co2_avoided_t"),
                rs.getObject("companies_involved", Integer.class),
                rs.getString("results"),
                participants.getOrDefault(id, List.of()).stream()
                        .map(CompanyId::new)
                        .toList(),
                flows.getOrDefault(id, List.of()).stream().map(FlowId::new).toList());
    }
}
