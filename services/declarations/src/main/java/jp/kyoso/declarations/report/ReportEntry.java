package jp.kyoso.declarations.report;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** What one commitment reached in the reported fiscal year, with the declarant's comment. */
@MappedEntity("report_entry")
public record ReportEntry(
        @Id UUID id,
        UUID reportId,
        UUID commitmentId,
        String valueReached,
        String comment) {
}
