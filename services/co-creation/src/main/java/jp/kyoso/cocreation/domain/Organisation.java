package jp.kyoso.cocreation.domain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;

/**
 * A company, university, NPO, bank or city department that applied to the co-creation platform. Immutable: every
 * decision returns the next state, which the application service stores together with the decision's event.
 */
@MappedEntity("organisation")
public record Organisation(
        @Id UUID id,
        String name,
        OrganisationType organisationType,
        @Nullable String corporateNumber,
        @Nullable String contactName,
        @Nullable String contactEmail,
        OrganisationStatus status,
        @Nullable String rejectionReason,
        Instant appliedAt,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable @Version Long version) {

    public static Organisation applied(UUID id, String name, OrganisationType type, @Nullable CorporateNumber number,
                                       @Nullable String contactName, @Nullable String contactEmail, Instant at) {
        return new Organisation(id, name, type, number == null ? null : number.value(), contactName, contactEmail,
                OrganisationStatus.PENDING, null, at, null, null, null);
    }

    public Organisation approve(String by, Instant at) {
        requirePending("approve");
        return decided(OrganisationStatus.APPROVED, null, by, at);
    }

    public Organisation reject(String reason, String by, Instant at) {
        requirePending("reject");
        return decided(OrganisationStatus.REJECTED, reason, by, at);
    }

    private void requirePending(String attempted) {
        if (status != OrganisationStatus.PENDING) {
            throw new OrganisationTransitionException(status, attempted);
        }
    }

    private Organisation decided(OrganisationStatus next, @Nullable String reason, String by, Instant at) {
        return new Organisation(id, name, organisationType, corporateNumber, contactName, contactEmail, next, reason,
                appliedAt, at, by, version);
    }
}
