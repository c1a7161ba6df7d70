package jp.kyoso.declarations.report;

import java.util.UUID;

/** What the declarant reports for one commitment. */
public record ReportLineInput(UUID commitmentId, String valueReached, String comment) {
}
