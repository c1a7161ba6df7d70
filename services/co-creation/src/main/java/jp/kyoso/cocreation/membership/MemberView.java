package jp.kyoso.cocreation.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.cocreation.MemberRole;

/** A roster entry: an open invitation or a person acting for the organisation. Never carries the code's hash. */
@Serdeable
public record MemberView(
        UUID id,
        UUID organisationId,
        String email,
        MemberRole role,
        MembershipStatus status,
        String invitedBy,
        Instant invitedAt,
        Instant expiresAt,
        @Nullable String userId,
        @Nullable String username,
        @Nullable Instant joinedAt) {

    static MemberView of(Membership membership) {
        return new MemberView(membership.id(), membership.organisationId(), membership.email(), membership.role(),
                membership.status(), membership.invitedBy(), membership.invitedAt(), membership.expiresAt(),
                membership.userId(), membership.username(), membership.joinedAt());
    }
}
