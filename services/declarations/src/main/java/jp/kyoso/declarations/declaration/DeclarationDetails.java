package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.declarations.report.ProgressReport;
import jp.kyoso.events.sdg.SdgSide;

/** A declaration with its commitments and its latest progress report (values per commitment id), if any. */
public record DeclarationDetails(Declaration declaration, List<Commitment> commitments,
                                 @Nullable ProgressReport latestReport, Map<UUID, ReportLine> latestReportLines) {

    /** The value reached and comment for one commitment in a report. */
    public record ReportLine(String valueReached, String comment) {
    }

    public List<SdgSide> missingSides() {
        return ThreeSides.missing(commitments.stream().map(Commitment::target).toList());
    }
}
