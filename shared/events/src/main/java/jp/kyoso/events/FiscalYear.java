package jp.kyoso.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A Japanese fiscal year (年度): FY2024 runs from 2024-04-01 to 2025-03-31, Asia/Tokyo. */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final int FIRST_MONTH = 4;

    public static FiscalYear of(Instant instant) {
        return of(instant.atZone(TOKYO).toLocalDate());
    }

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= FIRST_MONTH ? date.getYear() : date.getYear() - 1);
    }

    public static FiscalYear current(Clock clock) {
        return of(clock.instant());
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, FIRST_MONTH, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    /** Inclusive start instant. */
    public Instant start() {
        return firstDay().atStartOfDay(TOKYO).toInstant();
    }

    /** Exclusive end instant: the start of the next fiscal year. */
    public Instant end() {
        return next().start();
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /** As users write it: {@code 2024年度}. */
    public String japaneseLabel() {
        return year + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return "FY" + year;
    }
}
