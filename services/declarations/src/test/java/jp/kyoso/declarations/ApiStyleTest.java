package jp.kyoso.declarations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.testsupport.architecture.ApiStyle;
import org.junit.jupiter.api.Test;

/** The service's API follows docs/api-style.md where a machine can tell (rules in {@link ApiStyle}). */
class ApiStyleTest {

    @Test
    void theApiFollowsTheStyleGuide() {
        assertEquals(List.of(), ApiStyle.of("jp.kyoso.declarations")
                // A declaration's evidence files are capped by its AttachmentLimits.maxCount.
                .boundedList("/api/declarations/{id}/evidence")
                .violations());
    }
}
