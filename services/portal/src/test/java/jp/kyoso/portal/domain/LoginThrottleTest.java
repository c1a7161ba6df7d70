package jp.kyoso.portal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void locksAUsernameAfterTheLimitWithinTheWindowAndReleasesItWhenFailuresAge() {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15));
        throttle.failed("member", T0);
        throttle.failed("member", T0.plusSeconds(60));
        assertFalse(throttle.isLocked("member", T0.plusSeconds(61)));
        throttle.failed("member", T0.plusSeconds(120));
        assertTrue(throttle.isLocked("member", T0.plusSeconds(121)));
        assertFalse(throttle.isLocked("staff", T0.plusSeconds(121)), "other usernames are not affected");
        assertFalse(throttle.isLocked("member", T0.plus(Duration.ofMinutes(15)).plusSeconds(1)),
                "the first failure has left the window");
    }

    @Test
    void aSuccessClearsTheCount() {
        LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(15));
        throttle.failed("member", T0);
        throttle.succeeded("member");
        throttle.failed("member", T0.plusSeconds(1));
        assertFalse(throttle.isLocked("member", T0.plusSeconds(2)));
    }

    @Test
    void refusesANonsensicalConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, Duration.ZERO));
    }
}
