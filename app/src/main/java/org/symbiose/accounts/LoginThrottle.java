package org.symbiose.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses logins for a while after repeated failures, per account and per client address, so that
 * passwords cannot be guessed by trying many: the form and HTTP Basic both go through it
 * ({@link ThrottledAuthenticationProvider}). Failures count while each comes within the window of
 * the previous one (or of the end of the refusal it caused); at the limit the key is refused for the first delay, and each further failure
 * doubles it up to the longest. A success forgets the account's failures (not the address's: one
 * account of one's own must not reset the guessing of others). During a refusal the password is not
 * even checked, so the right one is refused too.
 *
 * <p>Held in memory, per running instance: a restart forgets it, and instances behind one load
 * balancer count separately (docs/decisions/0009-invitations-and-login-throttling.md).
 */
@Component
public class LoginThrottle {

    /** Past this many tracked keys, stale ones are dropped at the next failure. */
    static final int TRACKED_KEYS = 100_000;

    private static final int LONGEST_KEY = 200;

    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration longestDelay;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(
            Clock clock,
            @Value("${symbiose.login.account-failures:5}") int accountLimit,
            @Value("${symbiose.login.address-failures:20}") int addressLimit,
            @Value("${symbiose.login.window:PT15M}") Duration window,
            @Value("${symbiose.login.first-delay:PT1M}") Duration firstDelay,
            @Value("${symbiose.login.longest-delay:PT1H}") Duration longestDelay) {
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.firstDelay = firstDelay;
        this.longestDelay = longestDelay;
    }

    /** Until when a login to this account or from this address is refused, if it is now. */
    public Optional<Instant> refusedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(blockOf(accountKey(username), now), blockOf(addressKey(address), now));
        return Optional.ofNullable(until);
    }

    /**
     * Counts a wrong password (or unknown account).
     *
     * @return until when logins are now refused, when this failure reached a limit
     */
    public Optional<Instant> failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= TRACKED_KEYS) {
            failures.values().removeIf(entry -> entry.stale(now, window));
        }
        Instant account = count(accountKey(username), accountLimit, now);
        Instant byAddress = address == null ? null : count(addressKey(address), addressLimit, now);
        return Optional.ofNullable(later(account, byAddress));
    }

    /** A successful login: the account's failures are forgotten. */
    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private Instant count(String key, int limit, Instant now) {
        Failures updated = failures.compute(key, (k, previous) -> {
            int count = previous == null || previous.stale(now, window) ? 1 : previous.count() + 1;
            Instant blockedUntil = previous == null ? null : previous.blockedUntil();
            if (count >= limit) {
                blockedUntil = now.plus(delay(count - limit));
            }
            return new Failures(count, now, blockedUntil);
        });
        return updated.blockedUntil() != null && updated.blockedUntil().isAfter(now) ? updated.blockedUntil() : null;
    }

    private Duration delay(int beyondLimit) {
        Duration delay = firstDelay;
        for (int i = 0; i < beyondLimit && delay.compareTo(longestDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    private Instant blockOf(String key, Instant now) {
        if (key == null) {
            return null;
        }
        Failures entry = failures.get(key);
        return entry != null
                        && entry.blockedUntil() != null
                        && entry.blockedUntil().isAfter(now)
                ? entry.blockedUntil()
                : null;
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > LONGEST_KEY ? name.substring(0, LONGEST_KEY) : name);
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** Consecutive failures of one key, the last one's time, and the refusal they caused. */
    private record Failures(int count, Instant last, Instant blockedUntil) {

        /** Forgotten once the window has passed since the last failure or the end of its refusal. */
        boolean stale(Instant now, Duration window) {
            Instant since = blockedUntil != null && blockedUntil.isAfter(last) ? blockedUntil : last;
            return since.plus(window).isBefore(now);
        }
    }
}
