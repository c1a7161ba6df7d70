package jp.kyoso.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final ValidatedTokens tokens = new ValidatedTokens(clock, 3);

    @Test
    void answersARememberedTokenUntilItsExpiryAndNotAfter() {
        Authentication hanako = expiringAt("hanako", NOW.plusSeconds(60));
        tokens.remember("token-a", hanako);

        assertSame(hanako, tokens.find("token-a").orElseThrow());
        clock.now = NOW.plusSeconds(59);
        assertTrue(tokens.find("token-a").isPresent());
        clock.now = NOW.plusSeconds(60);
        assertTrue(tokens.find("token-a").isEmpty(), "the expiry instant itself is already too late");
        assertEquals(0, tokens.size());
    }

    @Test
    void readsTheExpiryAsADateOrAsEpochSeconds() {
        tokens.remember("as-date", Authentication.build("a", List.of(), Map.of("exp", Date.from(NOW.plusSeconds(5)))));
        tokens.remember("as-seconds", Authentication.build("b", List.of(), Map.of("exp", NOW.getEpochSecond() + 5)));

        clock.now = NOW.plusSeconds(4);
        assertTrue(tokens.find("as-date").isPresent());
        assertTrue(tokens.find("as-seconds").isPresent());
        clock.now = NOW.plusSeconds(5);
        assertTrue(tokens.find("as-date").isEmpty());
        assertTrue(tokens.find("as-seconds").isEmpty());
    }

    @Test
    void neverRemembersATokenWithoutExpiry() {
        tokens.remember("forever", Authentication.build("hanako", List.of(), Map.of()));

        assertTrue(tokens.find("forever").isEmpty());
    }

    @Test
    void keepsAtMostItsCapacity() {
        tokens.remember("old", expiringAt("a", NOW.plusSeconds(1)));
        tokens.remember("b", expiringAt("b", NOW.plusSeconds(60)));
        tokens.remember("c", expiringAt("c", NOW.plusSeconds(60)));
        clock.now = NOW.plusSeconds(2);

        tokens.remember("d", expiringAt("d", NOW.plusSeconds(60)));
        assertEquals(3, tokens.size(), "the expired token made room");
        assertTrue(tokens.find("b").isPresent());

        tokens.remember("e", expiringAt("e", NOW.plusSeconds(60)));
        assertEquals(1, tokens.size(), "full of live tokens: starts over");
        assertTrue(tokens.find("e").isPresent());
    }

    private static Authentication expiringAt(String name, Instant expiry) {
        return Authentication.build(name, List.of(Roles.MEMBER), Map.of("exp", Date.from(expiry)));
    }

    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
