package jp.kyoso.citylab.challenge;

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

    public static LocalDate today(Instant now) {
        return now.atZone(FiscalYear.TOKYO).toLocalDate();
    }
}
