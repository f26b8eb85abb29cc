package org.symbiose.opportunities;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.ids.InitiativeId;

/** The dismissed proposals of each initiative (table {@code opportunity_dismissal}). */
@Repository
class DismissalRepository {

    private final JdbcClient jdbc;

    DismissalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a dismissal; false when the proposal was already dismissed in that initiative. */
    boolean insert(Dismissal dismissal) {
        if (keys(dismissal.initiativeId()).contains(dismissal.proposalKey())) {
            return false;
        }
        jdbc.sql("""
                insert into opportunity_dismissal
                    (initiative_id, proposal_key, summary, reason_code, reason, dismissed_by, dismissed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        dismissal.initiativeId().value(),
                        dismissal.proposalKey(),
                        dismissal.summary(),
                        dismissal.reasonCode().name(),
                        dismissal.reason(),
                        dismissal.by(),
                        Timestamp.from(dismissal.at()))
                .update();
        return true;
    }

    /** Restores a proposal; false when it was not dismissed. */
    boolean delete(InitiativeId initiativeId, String proposalKey) {
        return jdbc.sql("delete from opportunity_dismissal where initiative_id = ? and proposal_key = ?")
                        .params(initiativeId.value(), proposalKey)
                        .update()
                > 0;
    }

    Set<String> keys(InitiativeId initiativeId) {
        return jdbc.sql("select proposal_key from opportunity_dismissal where initiative_id = ?")
                .param(initiativeId.value())
                .query(String.class)
                .set();
    }

    /** The initiative's dismissals, latest first. */
    List<Dismissal> list(InitiativeId initiativeId) {
        return jdbc.sql("""
                select initiative_id, proposal_key, summary, reason_code, reason, dismissed_by, dismissed_at
                from opportunity_dismissal where initiative_id = ? order by dismissed_at desc, id desc""")
                .param(initiativeId.value())
                .query((rs, n) -> new Dismissal(
                        new InitiativeId(rs.getLong(1)),
                        rs.getString(2),
                        rs.getString(3),
                        DismissalReason.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
