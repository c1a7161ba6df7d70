package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;

/**
 * A company, university, NPO, bank or city department that applied to the co-creation platform. Immutable: every
 * decision returns the next state, which the application service stores together with the decision's event.
 *
 * <p>{@code decidedAt}/{@code decidedBy} record the application's decision; {@code statusReason},
 * {@code statusChangedAt} and {@code statusChangedBy} the latest later change (suspension, withdrawal).
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
        @Nullable String statusReason,
        @Nullable Instant statusChangedAt,
        @Nullable String statusChangedBy,
        @Nullable @Version Long version) {

    private static final Set<OrganisationStatus> WITHDRAWABLE =
            Set.of(OrganisationStatus.PENDING, OrganisationStatus.APPROVED, OrganisationStatus.SUSPENDED);

    public static Organisation applied(UUID id, String name, OrganisationType type, @Nullable CorporateNumber number,
                                       @Nullable String contactName, @Nullable String contactEmail, Instant at) {
        return new Organisation(id, name, type, number == null ? null : number.value(), contactName, contactEmail,
                OrganisationStatus.PENDING, null, at, null, null, null, null, null, null);
    }

    public Organisation approve(String by, Instant at) {
        requireStatus("approve", Set.of(OrganisationStatus.PENDING));
        return decided(OrganisationStatus.APPROVED, null, by, at);
    }

    public Organisation reject(String reason, String by, Instant at) {
        requireStatus("reject", Set.of(OrganisationStatus.PENDING));
        return decided(OrganisationStatus.REJECTED, reason, by, at);
    }

    /** Only a member can be suspended; an application still pending is rejected instead. */
    public Organisation suspend(String reason, String by, Instant at) {
        requireStatus("suspend", Set.of(OrganisationStatus.APPROVED));
        return changed(OrganisationStatus.SUSPENDED, reason, by, at);
    }

    /** The secretariat lifts a suspension; the suspension's reason stays in the event history, not here. */
    public Organisation reinstate(String by, Instant at) {
        requireStatus("reinstate", Set.of(OrganisationStatus.SUSPENDED));
        return changed(OrganisationStatus.APPROVED, null, by, at);
    }

    /** A pending applicant, a member or a suspended member may leave; leaving is final (apply again to return). */
    public Organisation withdraw(@Nullable String reason, String by, Instant at) {
        requireStatus("withdraw", WITHDRAWABLE);
        return changed(OrganisationStatus.WITHDRAWN, reason, by, at);
    }

    /** Whether the organisation takes part in the platform now: approved and neither suspended nor gone. */
    public boolean isActiveMember() {
        return status == OrganisationStatus.APPROVED;
    }

    private void requireStatus(String attempted, Set<OrganisationStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new OrganisationTransitionException(status, attempted);
        }
    }

    private Organisation decided(OrganisationStatus next, @Nullable String reason, String by, Instant at) {
        return new Organisation(id, name, organisationType, corporateNumber, contactName, contactEmail, next, reason,
                appliedAt, at, by, statusReason, statusChangedAt, statusChangedBy, version);
    }

    private Organisation changed(OrganisationStatus next, @Nullable String reason, String by, Instant at) {
        return new Organisation(id, name, organisationType, corporateNumber, contactName, contactEmail, next,
                rejectionReason, appliedAt, decidedAt, decidedBy, reason, at, by, version);
    }
}
