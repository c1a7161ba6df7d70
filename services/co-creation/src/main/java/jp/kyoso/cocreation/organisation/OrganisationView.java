package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;

/** An organisation as the secretariat and the organisation itself see it. */
@Serdeable
public record OrganisationView(
        UUID id,
        String name,
        OrganisationType organisationType,
        String organisationTypeLabel,
        @Nullable String corporateNumber,
        @Nullable String contactName,
        @Nullable String contactEmail,
        OrganisationStatus status,
        @Nullable String rejectionReason,
        Instant appliedAt,
        @Nullable Instant decidedAt,
        @Nullable String statusReason,
        @Nullable Instant statusChangedAt) {

    static OrganisationView of(Organisation organisation, boolean english) {
        OrganisationType type = organisation.organisationType();
        return new OrganisationView(organisation.id(), organisation.name(), type,
                english ? type.english() : type.japanese(), organisation.corporateNumber(),
                organisation.contactName(), organisation.contactEmail(), organisation.status(),
                organisation.rejectionReason(), organisation.appliedAt(), organisation.decidedAt(),
                organisation.statusReason(), organisation.statusChangedAt());
    }
}
