package jp.kyoso.local.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void corporateNumbersCarryValidCheckDigits() {
        // The co-creation service rejects an application whose number fails the National Tax Agency check.
        DemoData.ORGANISATIONS.stream().map(DemoData.Applicant::corporateNumber).filter(Objects::nonNull)
                .forEach(number -> assertEquals(checkDigit(number.substring(1)), number.charAt(0) - '0', number));
    }

    @Test
    void mostAreApprovedAndSomeWaitForTheSecretariat() {
        long pending = DemoData.ORGANISATIONS.stream().filter(applicant -> !applicant.approve()).count();

        assertTrue(pending >= 1 && pending <= 2, "pending: " + pending);
        assertEquals(DemoData.ORGANISATIONS.size(),
                new HashSet<>(DemoData.ORGANISATIONS.stream().map(DemoData.Applicant::name).toList()).size(),
                "names identify demo organisations on a re-run, so they must be unique");
        assertTrue(DemoData.ORGANISATIONS.stream().map(DemoData.Applicant::organisationType).distinct().count() >= 6);
    }

    private static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (twelveDigits.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }
}
