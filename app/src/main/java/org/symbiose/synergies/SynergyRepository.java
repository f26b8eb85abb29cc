package org.symbiose.synergies;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Synergies with their participants and linked flows. */
@Repository
public class SynergyRepository {

    private final JdbcClient jdbc;

    SynergyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Synergy> listByInitiative(long initiativeId) {
        return jdbc.sql("select * from synergy where initiative_id = ? order by position, id")
                .param(initiativeId)
                .query(this::row)
                .list();
    }

    @Transactional
    public Synergy insert(Synergy synergy, int position) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into synergy (initiative_id, ref, position, title, description, kind, sub_type, status,"
                        + " identified_on, started_on, realised_on, abandoned_on, abandon_reason, quantity,"
                        + " quantity_unit, co2_avoided_t, companies_involved, results)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        synergy.initiativeId(),
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
                        synergy.quantityUnit(),
                        synergy.co2AvoidedT(),
                        synergy.companiesInvolved(),
                        synergy.results())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Long company : synergy.participantIds()) {
            jdbc.sql("insert into synergy_participant (synergy_id, company_id) values (?, ?)")
                    .params(id, company)
                    .update();
        }
        for (Long flow : synergy.flowIds()) {
            jdbc.sql("insert into synergy_flow (synergy_id, flow_id) values (?, ?)")
                    .params(id, flow)
                    .update();
        }
        return new Synergy(
                id,
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
                synergy.quantityUnit(),
                synergy.co2AvoidedT(),
                synergy.companiesInvolved(),
                synergy.results(),
                synergy.participantIds(),
                synergy.flowIds());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private Synergy row(ResultSet rs, int rowNum) throws SQLException {
        long id = rs.getLong("id");
        return new Synergy(
                id,
                rs.getLong("initiative_id"),
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
                rs.getString("quantity_unit"),
                rs.getBigDecimal("co2_avoided_t"),
                rs.getObject("companies_involved", Integer.class),
                rs.getString("results"),
                jdbc.sql("select company_id from synergy_participant where synergy_id = ? order by company_id")
                        .param(id)
                        .query(Long.class)
                        .list(),
                jdbc.sql("select flow_id from synergy_flow where synergy_id = ? order by flow_id")
                        .param(id)
                        .query(Long.class)
                        .list());
    }
}
