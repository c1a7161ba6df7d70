package jp.kyoso.declarations.report;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import jp.kyoso.declarations.declaration.Commitment;

/**
 * The progress report owed next, ready to fill in: one line per commitment, pre-filled with last year's value and
 * comment so the declarant only changes what moved.
 */
public record ReportForm(int fiscalYear, LocalDate dueOn, boolean open, List<Line> lines) {

    /** One commitment with last year's figures (null in the first year). */
    public record Line(Commitment commitment, @Nullable String previousValue, @Nullable String previousComment) {
    }
}
