package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.LapseReason;
import jp.kyoso.web.i18n.Messages;

/**
 * A declaration as its organisation and the secretariat see it: the public content plus the working fields
 * (version for optimistic editing, review comment, who saved last, which sides are still missing).
 */
@Serdeable
public record DeclarationView(
        UUID id,
        UUID organisationId,
        String organisationName,
        OrganisationType organisationType,
        String organisationTypeLabel,
        String representativeName,
        String representativeTitle,
        String vision,
        DeclarationStatus status,
        String statusLabel,
        @Nullable String registrationNumber,
        @Nullable Integer termStartFiscalYear,
        @Nullable Integer termEndFiscalYear,
        @Nullable String reviewComment,
        @Nullable String publicReason,
        @Nullable LapseReason lapseReason,
        List<CommitmentView> commitments,
        List<SideView> missingSides,
        @Nullable ReportSummaryView latestReport,
        @Nullable Instant registeredAt,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public static DeclarationView of(DeclarationDetails details, Messages messages, java.util.Locale locale) {
        boolean english = java.util.Locale.ENGLISH.equals(locale);
        Declaration d = details.declaration();
        return new DeclarationView(d.id(), d.organisationId(), d.organisationName(), d.organisationType(),
                english ? d.organisationType().english() : d.organisationType().japanese(), d.representativeName(),
                d.representativeTitle(), d.vision(), d.status(), messages.get(locale, "status." + d.status().name()),
                d.registrationNumber(), d.termStartFiscalYear(), d.termEndFiscalYear(), d.reviewComment(),
                d.publicReason(), d.lapseReason(),
                details.commitments().stream().map(c -> CommitmentView.of(c,
                        details.latestLine(c.id()), english)).toList(),
                details.missingSides().stream().map(side -> SideView.of(side, english)).toList(),
                ReportSummaryView.of(details.latestReport()), d.registeredAt(), d.updatedAt(), d.updatedBy(),
                d.version() == null ? 0 : d.version());
    }
}
