package org.symbiose.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a few minutes, the passwords it has just verified. HTTP
 * Basic sends the password with every API request, and bcrypt is slow on purpose (about 60 req/s per
 * core): without this, a facilitator's script would spend the server's CPU on hashing.
 *
 * <p>Stored passwords stay bcrypt hashes; only successful checks are remembered, keyed by the stored
 * hash and a SHA-256 of the presented password salted with a random value drawn at start-up, so the
 * memory holds no password nor anything that can be checked offline. A wrong password never
 * matches an entry and always goes through bcrypt. A changed password has a new stored hash, so
 * entries for the old one can never match again; they expire with the others.
 */
final class VerifiedPasswords implements PasswordEncoder {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verified.get(key);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(expiry -> !now.isBefore(expiry));
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(key, now.plus(TTL));
        } else {
            verified.remove(key);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** Number of remembered verifications, expired ones included until the next clean-up. */
    int size() {
        return verified.size();
    }

    private String key(CharSequence rawPassword, String encodedPassword) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return encodedPassword + ' ' + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
