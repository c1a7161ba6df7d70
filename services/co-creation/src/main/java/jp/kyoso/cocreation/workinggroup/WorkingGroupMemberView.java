package jp.kyoso.cocreation.workinggroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A membership or join request, for the person themselves, the group's lead and the secretariat. */
@Serdeable
public record WorkingGroupMemberView(
        UUID id,
        UUID workingGroupId,
        String userId,
        String username,
        @Nullable String organisationId,
        WorkingGroupMemberStatus status,
        Instant requestedAt,
        @Nullable Instant decidedAt) {

    static WorkingGroupMemberView of(WorkingGroupMember member) {
        return new WorkingGroupMemberView(member.id(), member.workingGroupId(), member.userId(), member.username(),
                member.organisationId(), member.status(), member.requestedAt(), member.decidedAt());
    }
}
