package jp.kyoso.declarations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.declarations.domain.ProgressReport;

/** Which fiscal year the latest progress report covers and whether it came in on time; values sit on commitments. */
@Serdeable
public record ReportSummaryView(int fiscalYear, boolean onTime, Instant filedAt) {

    static @Nullable ReportSummaryView of(@Nullable ProgressReport report) {
        return report == null ? null : new ReportSummaryView(report.fiscalYear(), report.onTime(), report.filedAt());
    }
}
