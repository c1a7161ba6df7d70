package jp.kyoso.declarations.report;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** The yearly progress report for one fiscal year; on time when filed by June 30 of the following year. */
@MappedEntity("progress_report")
public record ProgressReport(
        @Id UUID id,
        UUID declarationId,
        int fiscalYear,
        boolean onTime,
        Instant filedAt,
        String filedBy) {
}
