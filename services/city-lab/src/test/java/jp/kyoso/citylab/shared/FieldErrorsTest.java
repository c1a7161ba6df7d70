package jp.kyoso.citylab.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aDeadlineLiesAfterTodayAndWithinFiveYears() {
        assertEquals(List.of("Future"), codes(TODAY));
        assertEquals(List.of("challenge.deadlineTooFar"), codes(TODAY.plusYears(5).plusDays(1)));
        // The year PostgreSQL cannot store is a field error, not a failed insert.
        assertEquals(List.of("challenge.deadlineTooFar"), codes(LocalDate.MAX));
        FieldErrors lastDay = new FieldErrors();
        lastDay.deadline("proposalDeadline", TODAY.plusYears(5), TODAY);
        assertDoesNotThrow(lastDay::throwIfAny);
    }

    private static List<String> codes(LocalDate deadline) {
        FieldErrors errors = new FieldErrors();
        errors.deadline("proposalDeadline", deadline, TODAY);
        return assertThrows(InvalidInputException.class, errors::throwIfAny).errors().stream()
                .map(FieldErrorKey::code).toList();
    }
}
