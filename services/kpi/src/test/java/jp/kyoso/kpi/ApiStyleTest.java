package jp.kyoso.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.testsupport.architecture.ApiStyle;
import org.junit.jupiter.api.Test;

/** The service's API follows docs/api-style.md where a machine can tell (rules in {@link ApiStyle}). */
class ApiStyleTest {

    /**
     * What kpi's API still says otherwise: an indicator's target figure (a value, not an SDG target) is still
     * {@code target}. A line goes when its name is changed the docs/api-style.md way (old name kept one release);
     * none is added.
     */
    private static final List<String> NOT_YET_RENAMED = List.of(
            "IndicatorView.target: bare 'target'; say which target (sdgTarget for an SDG target, sdgTargets for a"
                    + " list)");

    @Test
    void theApiFollowsTheStyleGuide() {
        assertEquals(NOT_YET_RENAMED, ApiStyle.of("jp.kyoso.kpi")
                // A plan's indicators are the rows of its evaluation sheet, a few dozen.
                .boundedList("/api/kpi/plans/{code}/indicators")
                // One observation per indicator and fiscal year of the plan.
                .boundedList("/api/kpi/plans/{code}/indicators/{indicatorId}/observations")
                .violations());
    }
}
