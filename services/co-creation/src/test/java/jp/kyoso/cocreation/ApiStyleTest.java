package jp.kyoso.cocreation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.testsupport.architecture.ApiStyle;
import org.junit.jupiter.api.Test;

/** The service's API follows docs/api-style.md where a machine can tell (rules in {@link ApiStyle}). */
class ApiStyleTest {

    @Test
    void theApiFollowsTheStyleGuide() {
        assertEquals(List.of(), ApiStyle.of("jp.kyoso.cocreation")
                // The five most similar issues to a draft, never more.
                .boundedList("/api/cocreation/issues/similar")
                // The organisations one person belongs to: a handful.
                .boundedList("/api/cocreation/memberships/mine")
                .violations());
    }
}
