package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.declarations.declaration.CommitmentView;
import jp.kyoso.declarations.declaration.Declaration;
import jp.kyoso.declarations.declaration.DeclarationDetails;
import jp.kyoso.declarations.declaration.DeclarationStatus;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.LapseReason;
import jp.kyoso.web.i18n.Messages;

/**
 * A directory entry: exactly what is published about a declaration. The preview shows this same shape before
 * submission, so the declarant sees what the public will see.
 */
@Serdeable
public record PublicEntryView(
        UUID id,
        @Nullable String registrationNumber,
        UUID organisationId,
        String organisationName,
        OrganisationType organisationType,
        String organisationTypeLabel,
        String representativeName,
        String representativeTitle,
        String vision,
        DeclarationStatus status,
        String statusLabel,
        @Nullable Integer termStartFiscalYear,
        @Nullable Integer termEndFiscalYear,
        @Nullable String publicReason,
        @Nullable LapseReason lapseReason,
        List<CommitmentView> commitments,
        @Nullable ReportSummaryView latestReport,
        @Nullable Instant registeredAt) {

    public static PublicEntryView of(DeclarationDetails details, Messages messages, Locale locale) {
        boolean english = Locale.ENGLISH.equals(locale);
        Declaration d = details.declaration();
        return new PublicEntryView(d.id(), d.registrationNumber(), d.organisationId(), d.organisationName(),
                d.organisationType(), english ? d.organisationType().english() : d.organisationType().japanese(),
                d.representativeName(), d.representativeTitle(), d.vision(), d.status(),
                messages.get(locale, "status." + d.status().name()), d.termStartFiscalYear(), d.termEndFiscalYear(),
                d.publicReason(), d.lapseReason(),
                details.commitments().stream().map(c -> CommitmentView.of(c,
                        details.latestLine(c.id()), english)).toList(),
                ReportSummaryView.of(details.latestReport()), d.registeredAt());
    }
}
