package org.symbiose.accounts;

import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A login refused because of repeated failures, whatever the password. An account status (like a
 * locked account) so that no other authentication provider is tried after it.
 */
public class LoginThrottledException extends AccountStatusException {

    private final Instant retryAt;

    LoginThrottledException(Instant retryAt) {
        super("too many failed logins, retry after " + retryAt);
        this.retryAt = retryAt;
    }

    /** When a login may be tried again. */
    public Instant retryAt() {
        return retryAt;
    }
}
