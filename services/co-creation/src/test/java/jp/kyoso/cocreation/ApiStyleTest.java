package jp.kyoso.cocreation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.testsupport.architecture.ApiStyle;
import org.junit.jupiter.api.Test;

/** The service's API follows docs/api-style.md where a machine can tell (rules in {@link ApiStyle}). */
class ApiStyleTest {

    /**
     * What co-creation's API still says otherwise: a personal-data export's trace has a bare {@code at}. A line goes
     * when its name is changed the docs/api-style.md way (old name kept one release); none is added.
     */
    private static final List<String> NOT_YET_RENAMED = List.of(
            "PersonalData.Trace.at: a moment (Instant) is named …At");

    @Test
    void theApiFollowsTheStyleGuide() {
        assertEquals(NOT_YET_RENAMED, ApiStyle.of("jp.kyoso.cocreation")
                // The five most similar issues to a draft, never more.
                .boundedList("/api/cocreation/issues/similar")
                // The organisations one person belongs to: a handful.
                .boundedList("/api/cocreation/memberships/mine")
                .violations());
    }
}
