package jp.kyoso.kpi.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a period as sheets write it ends on: {@code 2023年度} (fiscal year, April–March) ends 2024-03-31,
 * {@code 2023年} 2023-12-31, {@code 2025年7月} 2025-07-31, {@code 令和6年度} 2025-03-31. A value measured "in" a
 * period is taken as known at its end.
 */
public final class PeriodDates {

    private static final Pattern PERIOD = Pattern.compile(
            "^(?<era>令和|平成)?(?<year>\\d{1,4})年?(?<fiscal>度)?(?:(?<month>\\d{1,2})月)?.*$");
    private static final int REIWA_OFFSET = 2018;
    private static final int HEISEI_OFFSET = 1988;
    private static final int MARCH = 3;

    private PeriodDates() {
    }

    public static Optional<LocalDate> endOf(String period) {
        if (period == null) {
            return Optional.empty();
        }
        Matcher match = PERIOD.matcher(SheetValueParser.clean(period));
        if (!match.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(match.group("year"));
        if ("令和".equals(match.group("era"))) {
            year += REIWA_OFFSET;
        } else if ("平成".equals(match.group("era"))) {
            year += HEISEI_OFFSET;
        } else if (year < 1900) {
            return Optional.empty();
        }
        if (match.group("month") != null) {
            int month = Integer.parseInt(match.group("month"));
            // "2023年度4月" is in fiscal 2023, so January to March fall in the next calendar year.
            int calendarYear = match.group("fiscal") != null && month <= MARCH ? year + 1 : year;
            return month >= 1 && month <= 12
                    ? Optional.of(YearMonth.of(calendarYear, month).atEndOfMonth()) : Optional.empty();
        }
        return Optional.of(match.group("fiscal") != null ? LocalDate.of(year + 1, MARCH, 31) : LocalDate.of(year, 12, 31));
    }
}
