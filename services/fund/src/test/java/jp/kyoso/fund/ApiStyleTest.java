package jp.kyoso.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.testsupport.architecture.ApiStyle;
import org.junit.jupiter.api.Test;

/** The service's API follows docs/api-style.md where a machine can tell (rules in {@link ApiStyle}). */
class ApiStyleTest {

    @Test
    void theApiFollowsTheStyleGuide() {
        assertEquals(List.of(), ApiStyle.of("jp.kyoso.fund")
                // An application's and its report's files are capped by their AttachmentLimits.maxCount.
                .boundedList("/api/fund/applications/{id}/attachments")
                .boundedList("/api/fund/applications/{id}/report/attachments")
                // The caller's organisation's own collaboration projects, offered on the application form.
                .boundedList("/api/fund/applications/continuable-projects")
                // The committee's resolutions on one call: a few per round.
                .boundedList("/api/fund/calls/{id}/resolutions")
                .violations());
    }
}
