package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Which fiscal year the latest progress report covers and whether it came in on time; values sit on commitments. */
@Serdeable
public record ReportSummaryView(int fiscalYear, boolean onTime, Instant filedAt) {

    static @Nullable ReportSummaryView of(@Nullable LatestReport report) {
        return report == null ? null : new ReportSummaryView(report.fiscalYear(), report.onTime(), report.filedAt());
    }
}
