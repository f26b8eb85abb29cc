package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock the test moves (no sleeping). */
class LoginThrottleTest {

    static final String HOME = "203.0.113.7";

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle =
            new LoginThrottle(clock, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1));

    void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void fiveFailuresRefuseTheAccountForAMinuteThenItOpensAgain() {
        fail("animation.adeto", HOME, 4);
        assertThat(throttle.refusedUntil("animation.adeto", HOME)).isEmpty();

        assertThat(throttle.failed("animation.adeto", HOME))
                .contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(throttle.refusedUntil("animation.adeto", HOME)).isPresent();
        assertThat(throttle.refusedUntil("Animation.ADETO ", "198.51.100.1"))
                .as("the account, whatever the case or the address")
                .isPresent();
        assertThat(throttle.refusedUntil("animation.piicto", HOME))
                .as("another account")
                .isEmpty();

        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.refusedUntil("animation.adeto", HOME)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.refusedUntil("animation.adeto", HOME)).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheDelayUpToAnHour() {
        fail("membre.adeto", HOME, 5);
        Duration refusal = Duration.ofMinutes(1);
        for (long minutes : new long[] {2, 4, 8, 16, 32, 60, 60}) {
            clock.advance(refusal);
            assertThat(throttle.refusedUntil("membre.adeto", HOME))
                    .as("open again")
                    .isEmpty();
            assertThat(throttle.failed("membre.adeto", HOME))
                    .as("refused for %d min", minutes)
                    .contains(clock.instant().plus(Duration.ofMinutes(minutes)));
            refusal = Duration.ofMinutes(minutes);
        }
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        fail("animation.adeto", HOME, 4);
        throttle.succeeded("animation.adeto");
        fail("animation.adeto", HOME, 4);
        assertThat(throttle.refusedUntil("animation.adeto", HOME)).isEmpty();
        assertThat(throttle.failed("animation.adeto", HOME)).isPresent();
    }

    @Test
    void failuresSpreadBeyondTheWindowAreForgotten() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("reseau", HOME);
            throttle.failed("reseau", HOME);
            clock.advance(Duration.ofMinutes(16));
        }
        assertThat(throttle.refusedUntil("reseau", HOME)).isEmpty();
    }

    @Test
    void twentyFailuresFromOneAddressRefuseEveryAccountFromIt() {
        for (int i = 0; i < 19; i++) {
            assertThat(throttle.failed("guess" + i, HOME)).isEmpty();
        }
        assertThat(throttle.failed("guess19", HOME)).isPresent();
        assertThat(throttle.refusedUntil("animation.adeto", HOME))
                .as("any account from there")
                .isPresent();
        assertThat(throttle.refusedUntil("animation.adeto", "198.51.100.1"))
                .as("from elsewhere")
                .isEmpty();
        throttle.succeeded("guess3");
        assertThat(throttle.refusedUntil("animation.adeto", HOME))
                .as("a success does not clear the address")
                .isPresent();
    }
}
