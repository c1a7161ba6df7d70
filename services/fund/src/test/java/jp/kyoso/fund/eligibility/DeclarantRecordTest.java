package jp.kyoso.fund.eligibility;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import jp.kyoso.events.FiscalYear;
import org.junit.jupiter.api.Test;

class DeclarantRecordTest {

    private static DeclarantRecord record(DeclarantStatus status, Integer termEnd) {
        return new DeclarantRecord("d", "o", "SDGs-2025-0001", status, termEnd, Instant.parse("2025-05-01T00:00:00Z"));
    }

    @Test
    void registeredOrOverdueWithinTheTermIsActive() {
        assertTrue(record(DeclarantStatus.REGISTERED, 2027).isActiveIn(new FiscalYear(2027)));
        assertTrue(record(DeclarantStatus.REPORT_OVERDUE, 2027).isActiveIn(new FiscalYear(2025)));
    }

    @Test
    void lapsedRevokedOrPastTheTermIsNot() {
        assertFalse(record(DeclarantStatus.LAPSED, 2027).isActiveIn(new FiscalYear(2026)));
        assertFalse(record(DeclarantStatus.REVOKED, 2027).isActiveIn(new FiscalYear(2026)));
        assertFalse(record(DeclarantStatus.REGISTERED, 2027).isActiveIn(new FiscalYear(2028)));
    }
}
