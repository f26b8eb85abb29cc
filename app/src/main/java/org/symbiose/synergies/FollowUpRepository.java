package org.symbiose.synergies;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/**
 * The follow-up columns of {@code synergy} (V9) and the writes the board and the synergy page make:
 * each names the version it saw and changes nothing when the synergy was written since.
 */
@Repository
class FollowUpRepository {

    private static final String COLUMNS =
            "id, next_step, next_step_owner, planned_quantity, planned_unit, planned_period, ends_on, notes, version";

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FollowUp> of(SynergyId synergyId) {
        return jdbc.sql("select " + COLUMNS + " from synergy where id = ?")
                .param(synergyId.value())
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The follow-up of every synergy of an initiative, by synergy id. */
    Map<SynergyId, FollowUp> byInitiative(InitiativeId initiativeId) {
        var result = new HashMap<SynergyId, FollowUp>();
        jdbc.sql("select " + COLUMNS + " from synergy where initiative_id = ?")
                .param(initiativeId.value())
                .query(rs -> {
                    result.put(new SynergyId(rs.getLong("id")), row(rs));
                });
        return result;
    }

    /** Writes a status move if the synergy is still at {@code version}; false (nothing written) otherwise. */
    boolean moved(Synergy moved, int version) {
        return jdbc.sql("update synergy set status = ?, started_on = ?, realised_on = ?, abandoned_on = ?,"
                                + " abandon_reason = ?, version = version + 1 where id = ? and version = ?")
                        .params(
                                moved.status().name(),
                                date(moved.startedOn()),
                                date(moved.realisedOn()),
                                date(moved.abandonedOn()),
                                moved.abandonReason(),
                                moved.id().value(),
                                version)
                        .update()
                == 1;
    }

    /** Sets the planned quantity of a synergy just created (a retained proposal's amount). */
    void plan(SynergyId synergyId, SynergyQuantity planned) {
        jdbc.sql("update synergy set planned_quantity = ?, planned_unit = ?, planned_period = ? where id = ?")
                .params(planned.value(), planned.unit().name(), planned.period().name(), synergyId.value())
                .update();
    }

    /** Writes an edit if the synergy is still at {@code version}; false (nothing written) otherwise. */
    boolean edited(SynergyId synergyId, SynergyEdit edit, int version) {
        return write(synergyId, edit, version, "version + 1");
    }

    /** The follow-up of a synergy just created, which stays at version 0. */
    void initial(SynergyId synergyId, SynergyEdit edit) {
        write(synergyId, edit, 0, "version");
    }

    private boolean write(SynergyId synergyId, SynergyEdit edit, int version, String nextVersion) {
        SynergyQuantity planned = edit.planned();
        SynergyQuantity measured = edit.measured();
        return jdbc.sql("update synergy set title = ?, description = ?, next_step = ?, next_step_owner = ?,"
                                + " planned_quantity = ?, planned_unit = ?, planned_period = ?, quantity = ?,"
                                + " quantity_unit = ?, quantity_period = ?, started_on = ?, ends_on = ?, notes = ?,"
                                + " version = " + nextVersion + " where id = ? and version = ?")
                        .params(
                                edit.title(),
                                edit.description(),
                                edit.nextStep(),
                                edit.nextStepOwner(),
                                planned == null ? null : planned.value(),
                                planned == null ? null : planned.unit().name(),
                                planned == null ? null : planned.period().name(),
                                measured == null ? null : measured.value(),
                                measured == null ? null : measured.unit().name(),
                                measured == null ? null : measured.period().name(),
                                date(edit.startedOn()),
                                date(edit.endsOn()),
                                edit.notes(),
                                synergyId.value(),
                                version)
                        .update()
                == 1;
    }

    private static FollowUp row(ResultSet rs) throws SQLException {
        BigDecimal planned = rs.getBigDecimal("planned_quantity");
        Date endsOn = rs.getDate("ends_on");
        return new FollowUp(
                rs.getString("next_step"),
                rs.getString("next_step_owner"),
                planned == null
                        ? null
                        : new SynergyQuantity(
                                planned,
                                Unit.valueOf(rs.getString("planned_unit")),
                                Period.valueOf(rs.getString("planned_period"))),
                endsOn == null ? null : endsOn.toLocalDate(),
                rs.getString("notes"),
                rs.getInt("version"));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
