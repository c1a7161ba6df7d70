package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import jp.kyoso.events.FiscalYear;

/** A proposal deadline is a calendar day in Tokyo: proposals are taken until that day ends there. */
public final class Deadlines {

    private Deadlines() {
    }

    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(FiscalYear.TOKYO).toInstant();
    }

    /** The day a stored deadline (the end of that day in Tokyo) closes: what the department chose and answers show. */
    @Nullable
    public static LocalDate dayOf(@Nullable Instant end) {
        return end == null ? null : end.minusNanos(1).atZone(FiscalYear.TOKYO).toLocalDate();
    }

    public static LocalDate today(Instant now) {
        return now.atZone(FiscalYear.TOKYO).toLocalDate();
    }
}
