package jp.kyoso.declarations;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import jp.kyoso.events.FiscalYear;

/** A clock the tests set: the real time until a test moves it, then exactly the instant it was set to. */
@Singleton
@Replaces(Clock.class)
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        this.fixed = instant;
    }

    /** Noon in Tokyo on the given day. */
    public void setTokyo(int year, int month, int day) {
        set(ZonedDateTime.of(year, month, day, 12, 0, 0, 0, FiscalYear.TOKYO).toInstant());
    }

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
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
