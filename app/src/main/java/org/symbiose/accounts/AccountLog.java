package org.symbiose.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.ids.InitiativeId;

/**
 * The record of who created or changed which account, and when. Entries about an initiative's
 * accounts are shown to its facilitators, so that an account given access to their companies never
 * appears unnoticed, whoever created it.
 */
@Repository
public class AccountLog {

    /** What was done to an account. */
    public enum Action {
        INVITED,
        NEW_LINK,
        PASSWORD_SET,
        DISABLED,
        ENABLED
    }

    /**
     * One entry.
     *
     * @param initiativeId the initiative whose facilitators see it, null for network accounts
     * @param detail the role and scope given, as the log shows them
     */
    public record Entry(
            Instant at, String actor, String username, InitiativeId initiativeId, Action action, String detail) {}

    private final JdbcClient jdbc;

    AccountLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Entry entry) {
        jdbc.sql("insert into account_event (happened_at, actor, username, initiative_id, action, detail)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        Timestamp.from(entry.at()),
                        entry.actor(),
                        entry.username(),
                        entry.initiativeId() == null
                                ? null
                                : entry.initiativeId().value(),
                        entry.action().name(),
                        entry.detail())
                .update();
    }

    /** Entries about one initiative's accounts, latest first. */
    public List<Entry> listForInitiative(InitiativeId initiativeId) {
        return jdbc.sql("""
                        select happened_at, actor, username, initiative_id, action, detail from account_event
                        where initiative_id = ? order by happened_at desc, id desc""")
                .param(initiativeId.value())
                .query((rs, n) -> new Entry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        initiativeId,
                        Action.valueOf(rs.getString(5)),
                        rs.getString(6)))
                .list();
    }
}
