package jp.kyoso.declarations.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The report owed next, with each line pre-filled from last year's report. */
@Serdeable
public record ReportFormView(int fiscalYear, LocalDate dueOn, boolean open, List<Line> lines) {

    /** A commitment to report on; {@code valueReached} and {@code comment} start as last year's. */
    @Serdeable
    public record Line(UUID commitmentId, String sdgTarget, String action, String indicator, String targetValue,
                       @Nullable String valueReached, @Nullable String comment) {
    }

    static ReportFormView of(ReportForm form) {
        return new ReportFormView(form.fiscalYear(), form.dueOn(), form.open(), form.lines().stream()
                .map(line -> new Line(line.commitment().id(), line.commitment().target(), line.commitment().action(),
                        line.commitment().indicator(), line.commitment().targetValue(), line.previousValue(),
                        line.previousComment()))
                .toList());
    }
}
