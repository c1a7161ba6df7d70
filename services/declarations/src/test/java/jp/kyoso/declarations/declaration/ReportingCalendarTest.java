package jp.kyoso.declarations.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {

    @Test
    void aReportIsDueOnJuneThirtyAfterItsFiscalYear() {
        assertEquals(LocalDate.of(2026, 6, 30), ReportingCalendar.dueOn(2025));
        assertFalse(ReportingCalendar.isOverdue(2025, LocalDate.of(2026, 6, 30)));
        assertTrue(ReportingCalendar.isOverdue(2025, LocalDate.of(2026, 7, 1)));
    }

    @Test
    void aMissingReportLapsesAfterDecemberThirtyOne() {
        assertFalse(ReportingCalendar.isLapsed(2025, LocalDate.of(2026, 12, 31)));
        assertTrue(ReportingCalendar.isLapsed(2025, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aFiscalYearCanBeReportedOnOnlyOnceItHasEnded() {
        assertFalse(ReportingCalendar.canReport(2025, LocalDate.of(2026, 3, 31)));
        assertTrue(ReportingCalendar.canReport(2025, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void theTermEndsWithItsLastFiscalYearAndRenewalOpensInIt() {
        assertFalse(ReportingCalendar.termEnded(2027, LocalDate.of(2028, 3, 31)));
        assertTrue(ReportingCalendar.termEnded(2027, LocalDate.of(2028, 4, 1)));
        assertFalse(ReportingCalendar.renewalOpen(2027, LocalDate.of(2027, 3, 31)));
        assertTrue(ReportingCalendar.renewalOpen(2027, LocalDate.of(2027, 4, 1)));
    }
}
