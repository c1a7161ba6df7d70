package jp.kyoso.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void aFiscalYearRunsFromAprilToMarchInTokyoTime() {
        assertEquals(new FiscalYear(2024), FiscalYear.of(LocalDate.of(2024, 4, 1)));
        assertEquals(new FiscalYear(2024), FiscalYear.of(LocalDate.of(2025, 3, 31)));
        assertEquals(new FiscalYear(2025), FiscalYear.of(LocalDate.of(2025, 4, 1)));
        assertEquals(LocalDate.of(2025, 3, 31), new FiscalYear(2024).lastDay());
        assertEquals("2024年度", new FiscalYear(2024).japaneseLabel());
    }

    @Test
    void theBoundaryIsMidnightInTokyoNotUtc() {
        // 2025-03-31T15:00Z is 2025-04-01 00:00 in Tokyo: already FY2025.
        assertEquals(new FiscalYear(2025), FiscalYear.of(Instant.parse("2025-03-31T15:00:00Z")));
        assertEquals(new FiscalYear(2024), FiscalYear.of(Instant.parse("2025-03-31T14:59:59Z")));
        assertEquals(Instant.parse("2024-03-31T15:00:00Z"), new FiscalYear(2024).start());
        assertTrue(new FiscalYear(2024).contains(Instant.parse("2024-03-31T15:00:00Z")));
        assertFalse(new FiscalYear(2024).contains(new FiscalYear(2024).end()));
    }
}
