package jp.kyoso.citylab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.testsupport.architecture.ApiStyle;
import org.junit.jupiter.api.Test;

/** The service's API follows docs/api-style.md where a machine can tell (rules in {@link ApiStyle}). */
class ApiStyleTest {

    @Test
    void theApiFollowsTheStyleGuide() {
        assertEquals(List.of(), ApiStyle.of("jp.kyoso.citylab")
                // The five most similar challenges to a draft, never more.
                .boundedList("/api/citylab/challenges/similar")
                // A thing's files are capped by its AttachmentLimits.maxCount.
                .boundedList("/api/citylab/proposals/{id}/attachments")
                .boundedList("/api/citylab/experiments/{id}/attachments")
                .violations());
    }
}
