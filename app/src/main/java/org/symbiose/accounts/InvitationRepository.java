package org.symbiose.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.ids.AccountId;

/** One-time links by which an invited person sets their password; tokens are stored hashed. */
@Repository
class InvitationRepository {

    /** A link still usable: the account it opens and until when. */
    record Pending(long id, AccountId accountId, String username, Instant expiresAt) {}

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new link and withdraws the account's earlier unused ones. */
    void replace(AccountId accountId, String tokenHash, Instant now, Instant expiresAt) {
        jdbc.sql("update account_invitation set used_at = ? where account_id = ? and used_at is null")
                .params(Timestamp.from(now), accountId.value())
                .update();
        jdbc.sql("insert into account_invitation (account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(accountId.value(), tokenHash, Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
    }

    /** The unused, unexpired link with this token hash. */
    Optional<Pending> findUsable(String tokenHash, Instant now) {
        return jdbc.sql("""
                        select i.id, i.account_id, a.username, i.expires_at from account_invitation i
                        join account a on a.id = i.account_id
                        where i.token_hash = ? and i.used_at is null and i.expires_at > ?""")
                .params(tokenHash, Timestamp.from(now))
                .query((rs, n) -> new Pending(
                        rs.getLong(1),
                        new AccountId(rs.getLong(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** Marks a link used; false when it was used meanwhile (two tabs, a replay). */
    boolean use(long invitationId, Instant now) {
        return jdbc.sql("update account_invitation set used_at = ? where id = ? and used_at is null")
                        .params(Timestamp.from(now), invitationId)
                        .update()
                == 1;
    }
}
