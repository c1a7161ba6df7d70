package jp.kyoso.declarations.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;

/**
 * An organisation as co-creation's events describe it. A rejection event carries no name or type, so those stay
 * unknown for organisations that were never approved.
 */
@MappedEntity("organisation_replica")
public record OrganisationReplica(
        @Id UUID organisationId,
        @Nullable String name,
        @Nullable OrganisationType organisationType,
        MembershipStatus status,
        Instant decidedAt) {

    public boolean isApprovedMember() {
        return status == MembershipStatus.APPROVED && name != null && organisationType != null;
    }
}
