package jp.kyoso.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MailFormatsTest {

    @Test
    void timesAreWrittenInTokyo() {
        Instant lateUtc = Instant.parse("2026-03-31T15:30:00Z");
        assertEquals("2026年4月1日 0:30", MailFormats.dateTime(lateUtc, "ja"));
        assertEquals("1 Apr 2026, 00:30", MailFormats.dateTime(lateUtc, "en"));
        assertEquals("2026年6月30日", MailFormats.date(LocalDate.of(2026, 6, 30), "ja"));
        assertEquals("30 Jun 2026", MailFormats.date(LocalDate.of(2026, 6, 30), "en"));
    }

    @Test
    void yenAreWholeNumbersWithSeparators() {
        assertEquals("1,200,000", MailFormats.yen(1_200_000));
    }
}
