package org.symbiose.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * What a person refused for repeated failures needs to know: when to try again.
 *
 * @param minutes whole minutes left, rounded up (at least 1)
 * @param seconds seconds left, rounded up (at least 1), for the Retry-After header
 * @param time the local time of day logins open again, as {@code 14:32}
 */
public record LoginRefusal(long minutes, long seconds, String time) {

    static final String SESSION_ATTRIBUTE = "loginRefusal";

    static LoginRefusal until(Instant retryAt, Clock clock) {
        Duration left = Duration.between(clock.instant(), retryAt);
        long seconds = Math.max(1, left.getSeconds() + (left.getNano() > 0 ? 1 : 0));
        long minutes = Math.max(1, (seconds + 59) / 60);
        LocalTime at = LocalTime.ofInstant(retryAt, clock.getZone());
        return new LoginRefusal(minutes, seconds, at.format(DateTimeFormatter.ofPattern("HH:mm")));
    }
}
