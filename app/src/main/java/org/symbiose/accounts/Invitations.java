package org.symbiose.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.ids.AccountId;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * Accounts are invitations: an account is created without a password, and a one-time link lets its
 * holder set one, so that whoever creates the account never knows it. A new link is also how a
 * password is reset. Every such change is written to the {@link AccountLog}.
 *
 * <p>No mail is sent: the link is shown to the person who invited, to pass on. Mailing it would go
 * in {@link #invite} and {@link #newLink} once an SMTP server is configured (decision 0009).
 */
@Service
public class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);

    /**
     * A link to pass on: the token appears here and nowhere else (only its hash is stored).
     *
     * @param expiresOn the last day it works, in the server's time zone
     */
    public record Link(String username, String token, Instant expiresAt, LocalDate expiresOn) {}

    /** An account to create, as validated by the controller. */
    record NewAccount(String username, String displayName, Role role, Long initiativeId, Long companyId) {}

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final AccountLog log;
    private final AccountChoices choices;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invitations(
            AccountRepository accounts,
            InvitationRepository invitations,
            AccountLog log,
            AccountChoices choices,
            PasswordEncoder passwords,
            Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.log = log;
        this.choices = choices;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    Link invite(SymbioseUser actor, NewAccount account) {
        // The form's numbers, checked by the controllers for the role that uses them.
        List<InitiativeId> initiatives =
                account.role() == Role.FACILITATOR ? List.of(new InitiativeId(account.initiativeId())) : List.of();
        CompanyId company = account.role() == Role.MEMBER ? new CompanyId(account.companyId()) : null;
        AccountId id =
                accounts.create(account.username(), null, account.role(), account.displayName(), initiatives, company);
        Link link = issue(id, account.username());
        record(actor, accounts.findByUsername(account.username()).orElseThrow(), AccountLog.Action.INVITED);
        return link;
    }

    /** A new link for an existing account; its password stops working until the link is used. */
    @Transactional
    Link newLink(SymbioseUser actor, SymbioseUser account) {
        accounts.changePassword(account.username(), null);
        Link link = issue(account.id(), account.username());
        record(actor, account, AccountLog.Action.NEW_LINK);
        return link;
    }

    @Transactional
    void setEnabled(SymbioseUser actor, SymbioseUser account, boolean enabled) {
        accounts.setEnabled(account.username(), enabled);
        record(actor, account, enabled ? AccountLog.Action.ENABLED : AccountLog.Action.DISABLED);
    }

    /** The account a link opens, while it is unused and unexpired. */
    Optional<InvitationRepository.Pending> find(String token) {
        return invitations.findUsable(hash(token), clock.instant());
    }

    /** Sets the invited person's password; false when the link is no longer usable. */
    @Transactional
    boolean accept(String token, String password) {
        Instant now = clock.instant();
        var pending = invitations.findUsable(hash(token), now);
        if (pending.isEmpty() || !invitations.use(pending.get().id(), now)) {
            return false;
        }
        String username = pending.get().username();
        accounts.changePassword(username, passwords.encode(password));
        SymbioseUser account = accounts.findByUsername(username).orElseThrow();
        record(account, account, AccountLog.Action.PASSWORD_SET);
        return true;
    }

    private Link issue(AccountId accountId, String username) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        invitations.replace(accountId, hash(token), now, expires);
        return new Link(username, token, expires, LocalDate.ofInstant(expires, clock.getZone()));
    }

    /** One entry per initiative the account belongs to, so each one's facilitators see it. */
    private void record(SymbioseUser actor, SymbioseUser account, AccountLog.Action action) {
        String detail = account.role().name();
        Instant now = clock.instant();
        List<InitiativeId> initiatives = scopeOf(account);
        if (initiatives.isEmpty()) {
            log.record(new AccountLog.Entry(now, actor.username(), account.username(), null, action, detail));
        }
        for (InitiativeId initiative : initiatives) {
            log.record(new AccountLog.Entry(now, actor.username(), account.username(), initiative, action, detail));
        }
    }

    /** The initiatives whose data an account reaches. */
    List<InitiativeId> scopeOf(SymbioseUser account) {
        if (account.role() == Role.FACILITATOR) {
            return account.initiativeIds().stream()
                    .sorted(Comparator.comparingLong(InitiativeId::value))
                    .toList();
        }
        if (account.role() == Role.MEMBER && account.companyId() != null) {
            return choices.initiativeOfCompany(account.companyId()).stream().toList();
        }
        return List.of();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
