package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.sdg.SdgSide;

/** A declaration with its commitments and its latest progress report, if any. */
public record DeclarationDetails(Declaration declaration, List<Commitment> commitments,
                                 @Nullable LatestReport latestReport) {

    /** What the latest report said about one commitment; null before the first report. */
    public @Nullable LatestReport.Line latestLine(UUID commitmentId) {
        return latestReport == null ? null : latestReport.line(commitmentId);
    }

    public List<SdgSide> missingSides() {
        return ThreeSides.missing(commitments.stream().map(Commitment::target).toList());
    }
}
