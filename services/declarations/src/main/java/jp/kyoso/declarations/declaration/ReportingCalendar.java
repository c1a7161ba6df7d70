package jp.kyoso.declarations.declaration;

import java.time.LocalDate;
import java.time.MonthDay;
import jp.kyoso.events.FiscalYear;

/**
 * When progress reports are due and when a missing one makes a declaration overdue or lapsed. All dates are
 * Asia/Tokyo calendar days; a report for fiscal year N is due by June 30 of N+1, the first day after the fiscal
 * year just ended.
 */
public final class ReportingCalendar {

    private static final MonthDay DUE = MonthDay.of(6, 30);
    private static final MonthDay LAST_CHANCE = MonthDay.of(12, 31);
    /** A registration is valid for this many fiscal years, the year of registration included. */
    public static final int TERM_YEARS = 3;

    private ReportingCalendar() {
    }

    public static LocalDate dueOn(int reportFiscalYear) {
        return DUE.atYear(reportFiscalYear + 1);
    }

    /** The last day a late report still keeps the declaration from lapsing. */
    public static LocalDate lapsesAfter(int reportFiscalYear) {
        return LAST_CHANCE.atYear(reportFiscalYear + 1);
    }

    /** A report can be filed only once its fiscal year has ended. */
    public static boolean canReport(int reportFiscalYear, LocalDate today) {
        return !today.isBefore(new FiscalYear(reportFiscalYear).lastDay().plusDays(1));
    }

    public static boolean isOverdue(int reportFiscalYear, LocalDate today) {
        return today.isAfter(dueOn(reportFiscalYear));
    }

    public static boolean isLapsed(int reportFiscalYear, LocalDate today) {
        return today.isAfter(lapsesAfter(reportFiscalYear));
    }

    /** The term has run out once the day after its last fiscal year has begun. */
    public static boolean termEnded(int termEndFiscalYear, LocalDate today) {
        return today.isAfter(new FiscalYear(termEndFiscalYear).lastDay());
    }

    /** Renewal opens in the last fiscal year of the term. */
    public static boolean renewalOpen(int termEndFiscalYear, LocalDate today) {
        return FiscalYear.of(today).year() >= termEndFiscalYear;
    }
}
