package org.symbiose.accounts;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and the initiatives their facilitators run. Passwords are stored as hashes only. */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SymbioseUser> findByUsername(String username) {
        // The initiatives first: a query inside the row mapper would hold a second connection.
        List<Long> initiatives = jdbc.sql("select ai.initiative_id from account_initiative ai"
                        + " join account a on a.id = ai.account_id where a.username = ?")
                .param(username)
                .query(Long.class)
                .list();
        return jdbc.sql("select * from account where username = ?")
                .param(username)
                .query((rs, n) -> new SymbioseUser(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("display_name"),
                        new HashSet<>(initiatives),
                        rs.getObject("company_id", Long.class),
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

    private static final String SUMMARY = """
            select a.username, a.display_name, a.role, a.enabled, a.password_hash is null as pending,
              coalesce(%s, (select string_agg(i.name, ', ') from account_initiative ai
                join initiative i on i.id = ai.initiative_id where ai.account_id = a.id)) as scope
            from account a left join company c on c.id = a.company_id
            left join initiative ci on ci.id = c.initiative_id
            """;

    /** Every account, by username; a member's scope is its company's initiative, not the company. */
    public List<AccountSummary> listSummaries() {
        return jdbc.sql(SUMMARY.formatted("ci.name") + " order by a.username")
                .query((rs, n) -> summary(rs))
                .list();
    }

    /** The accounts of one initiative (its facilitators, its companies' members), with their companies. */
    public List<AccountSummary> listForInitiative(long initiativeId) {
        return jdbc.sql(SUMMARY.formatted("c.name") + """
                         where c.initiative_id = ? or exists (select 1 from account_initiative x
                          where x.account_id = a.id and x.initiative_id = ?) order by a.username""")
                .params(initiativeId, initiativeId)
                .query((rs, n) -> summary(rs))
                .list();
    }

    private static AccountSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AccountSummary(
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("scope"),
                rs.getBoolean("enabled"),
                rs.getBoolean("pending"));
    }

    /** Whether an enabled facilitator account runs the initiative (then it invites its own accounts). */
    public boolean hasFacilitator(long initiativeId) {
        return jdbc.sql("""
                        select count(*) from account a join account_initiative ai on ai.account_id = a.id
                        where ai.initiative_id = ? and a.enabled and a.role = 'FACILITATOR'""").param(initiativeId).query(Long.class).single() > 0;
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
    public long create(
            String username,
            String passwordHash,
            Role role,
            String displayName,
            List<Long> initiativeIds,
            Long companyId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (username, password_hash, role, display_name, company_id, enabled)"
                        + " values (?, ?, ?, ?, ?, true)")
                .params(username, passwordHash, role.name(), displayName, companyId)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Long initiativeId : initiativeIds) {
            jdbc.sql("insert into account_initiative (account_id, initiative_id) values (?, ?)")
                    .params(id, initiativeId)
                    .update();
        }
        return id;
    }
}
