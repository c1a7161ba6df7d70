package jp.kyoso.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.testsupport.architecture.ApiStyle;
import org.junit.jupiter.api.Test;

/** The service's API follows docs/api-style.md where a machine can tell (rules in {@link ApiStyle}). */
class ApiStyleTest {

    @Test
    void theApiFollowsTheStyleGuide() {
        assertEquals(List.of(), ApiStyle.of("jp.kyoso.kpi")
                // A plan's indicators are the rows of its evaluation sheet, a few dozen.
                .boundedList("/api/kpi/plans/{code}/indicators")
                // One observation per indicator and fiscal year of the plan.
                .boundedList("/api/kpi/plans/{code}/indicators/{indicatorId}/observations")
                .violations());
    }
}
