package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** HTTP Basic checks a password once per few minutes, never lets a wrong one through, forgets changed ones. */
class VerifiedPasswordsTest {

    /** bcrypt at its lowest cost, counting how often it is really run. */
    static final class CountingBcrypt implements PasswordEncoder {
        final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    static final class SettableClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final CountingBcrypt bcrypt = new CountingBcrypt();
    final SettableClock clock = new SettableClock();
    final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, clock);

    @Test
    void aRightPasswordIsHashedOnceThenRemembered() {
        String stored = passwords.encode("demo");

        for (int i = 0; i < 5; i++) {
            assertThat(passwords.matches("demo", stored)).isTrue();
        }

        assertThat(bcrypt.checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsAlwaysRefusedThroughBcrypt() {
        String stored = passwords.encode("demo");
        assertThat(passwords.matches("demo", stored)).isTrue();

        for (String wrong : new String[] {"Demo", "demo ", "", "dem", "demo" + "x"}) {
            assertThat(passwords.matches(wrong, stored)).as(wrong).isFalse();
        }

        assertThat(bcrypt.checks).hasValue(6);
        assertThat(passwords.size()).isEqualTo(1);
    }

    @Test
    void aChangedPasswordMakesTheOldOneFailAtOnce() {
        String before = passwords.encode("ancien-mot-de-passe");
        assertThat(passwords.matches("ancien-mot-de-passe", before)).isTrue();

        String after = passwords.encode("nouveau-mot-de-passe");

        assertThat(passwords.matches("ancien-mot-de-passe", after)).isFalse();
        assertThat(passwords.matches("nouveau-mot-de-passe", after)).isTrue();
    }

    @Test
    void aRememberedCheckExpires() {
        String stored = passwords.encode("demo");
        passwords.matches("demo", stored);

        clock.now = clock.now.plus(VerifiedPasswords.TTL);
        assertThat(passwords.matches("demo", stored)).isTrue();

        assertThat(bcrypt.checks).hasValue(2);
    }
}
