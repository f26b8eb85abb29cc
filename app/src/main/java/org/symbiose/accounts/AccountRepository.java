package org.symbiose.accounts;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.ids.AccountId;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/** Accounts and the initiatives their facilitators run. Passwords are stored as hashes only. */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SymbioseUser> findByUsername(String username) {
        // The initiatives first: a query inside the row mapper would hold a second connection.
        List<InitiativeId> initiatives = jdbc.sql("select ai.initiative_id from account_initiative ai"
                        + " join account a on a.id = ai.account_id where a.username = ?")
                .param(username)
                .query((rs, n) -> new InitiativeId(rs.getLong(1)))
                .list();
        return jdbc.sql("select * from account where username = ?")
                .param(username)
                .query((rs, n) -> new SymbioseUser(
                        new AccountId(rs.getLong("id")),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("display_name"),
                        new HashSet<>(initiatives),
                        companyId(rs),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /**
     * An account as the lists show it.
     *
     * @param scope the initiatives a facilitator runs, or the company of a member (its initiative's
     *     name only in the coordinator's list, who never sees companies)
     * @param pending invited, no password set yet
     */
    public record AccountSummary(
            String username, String displayName, Role role, String scope, boolean enabled, boolean pending) {}

    /**
     * An account as stored, with the ids of what it is attached to: {@link AccountSummaries} names them
     * through the initiatives' and companies' directories (decision 0018).
     *
     * @param companyId a member's company, else null
     * @param initiativeIds the initiatives a facilitator runs
     */
    public record AccountRow(
            String username,
            String displayName,
            Role role,
            boolean enabled,
            boolean pending,
            CompanyId companyId,
            List<InitiativeId> initiativeIds) {}

    /** Every account, by username. */
    public List<AccountRow> listRows() {
        var initiatives = new java.util.HashMap<Long, List<InitiativeId>>();
        jdbc.sql("select account_id, initiative_id from account_initiative order by initiative_id")
                .query(rs -> {
                    initiatives
                            .computeIfAbsent(rs.getLong("account_id"), k -> new java.util.ArrayList<>())
                            .add(new InitiativeId(rs.getLong("initiative_id")));
                });
        return jdbc.sql("select id, username, display_name, role, enabled, password_hash is null as pending,"
                        + " company_id from account order by username")
                .query((rs, n) -> new AccountRow(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("pending"),
                        companyId(rs),
                        List.copyOf(initiatives.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    /** Whether an enabled facilitator account runs the initiative (then it invites its own accounts). */
    public boolean hasFacilitator(InitiativeId initiativeId) {
        return jdbc.sql("""
                        select count(*) from account a join account_initiative ai on ai.account_id = a.id
                        where ai.initiative_id = ? and a.enabled and a.role = 'FACILITATOR'""").param(initiativeId.value()).query(Long.class).single() > 0;
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("update account set enabled = ? where username = ?")
                .params(enabled, username)
                .update();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from account where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** @param passwordHash an encoded password (never the clear text), null: none until a link is used */
    public void changePassword(String username, String passwordHash) {
        jdbc.sql("update account set password_hash = ? where username = ?")
                .params(passwordHash, username)
                .update();
    }

    public List<String> listUsernames() {
        return jdbc.sql("select username from account order by username")
                .query(String.class)
                .list();
    }

    /**
     * Creates an account.
     *
     * @param passwordHash an encoded password (never the clear text), or null for an invited account
     *     that has none until its holder sets it through the invitation link
     */
    @Transactional
    public AccountId create(
            String username,
            String passwordHash,
            Role role,
            String displayName,
            List<InitiativeId> initiativeIds,
            CompanyId companyId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (username, password_hash, role, display_name, company_id, enabled)"
                        + " values (?, ?, ?, ?, ?, true)")
                .params(username, passwordHash, role.name(), displayName, companyId == null ? null : companyId.value())
                .update(keys, "id");
        var id = new AccountId(keys.getKeyAs(Number.class).longValue());
        for (InitiativeId initiativeId : initiativeIds) {
            jdbc.sql("insert into account_initiative (account_id, initiative_id) values (?, ?)")
                    .params(id.value(), initiativeId.value())
                    .update();
        }
        return id;
    }

    /** A member's company, null for other accounts. */
    private static CompanyId companyId(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("company_id");
        return rs.wasNull() ? null : new CompanyId(id);
    }
}
