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

    /** An account as the coordinator's list shows it. */
    public record AccountSummary(String username, String displayName, Role role, String scope) {}

    /** Every account with what it is attached to (initiatives or company), by username. */
    public List<AccountSummary> listSummaries() {
        return jdbc.sql("""
                        select a.username, a.display_name, a.role,
                          coalesce(c.name, (select string_agg(i.name, ', ') from account_initiative ai
                            join initiative i on i.id = ai.initiative_id where ai.account_id = a.id)) as scope
                        from account a left join company c on c.id = a.company_id
                        order by a.username""")
                .query((rs, n) -> new AccountSummary(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("scope")))
                .list();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from account where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** @param passwordHash an encoded password (never the clear text) */
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
     * @param passwordHash an encoded password (never the clear text)
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
