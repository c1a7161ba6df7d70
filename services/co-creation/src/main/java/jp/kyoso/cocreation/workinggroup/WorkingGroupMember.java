package jp.kyoso.cocreation.workinggroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.cocreation.meeting.MeetingRuleException;

/** A person's membership of, or request to join, a working group. */
@MappedEntity("working_group_member")
public record WorkingGroupMember(
        @Id UUID id,
        UUID workingGroupId,
        String userId,
        String username,
        @Nullable String organisationId,
        WorkingGroupMemberStatus status,
        Instant requestedAt,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable @Version Long version) {

    public static WorkingGroupMember requested(WorkingGroup group, String userId, String username,
                                               @Nullable String organisationId, Instant at) {
        WorkingGroupMemberStatus status = group.joinStatus();
        return new WorkingGroupMember(UUID.randomUUID(), group.id(), userId, username, organisationId, status, at,
                status == WorkingGroupMemberStatus.ACTIVE ? at : null, null, null);
    }

    public boolean isActive() {
        return status == WorkingGroupMemberStatus.ACTIVE;
    }

    /** Asking again after leaving or being declined reopens the request with the group's current rule. */
    public WorkingGroupMember rejoin(WorkingGroup group, Instant at) {
        if (status == WorkingGroupMemberStatus.ACTIVE || status == WorkingGroupMemberStatus.PENDING) {
            throw new MeetingRuleException("workingGroup.alreadyRequested", status.name());
        }
        WorkingGroupMemberStatus next = group.joinStatus();
        return new WorkingGroupMember(id, workingGroupId, userId, username, organisationId, next, at,
                next == WorkingGroupMemberStatus.ACTIVE ? at : null, null, version);
    }

    public WorkingGroupMember decide(boolean approve, String by, Instant at) {
        if (status != WorkingGroupMemberStatus.PENDING) {
            throw new MeetingRuleException("workingGroup.requestAlreadyDecided", status.name());
        }
        return new WorkingGroupMember(id, workingGroupId, userId, username, organisationId,
                approve ? WorkingGroupMemberStatus.ACTIVE : WorkingGroupMemberStatus.DECLINED, requestedAt, at, by,
                version);
    }

    public WorkingGroupMember leave(Instant at) {
        if (status != WorkingGroupMemberStatus.ACTIVE && status != WorkingGroupMemberStatus.PENDING) {
            throw new MeetingRuleException("workingGroup.notAMember");
        }
        return new WorkingGroupMember(id, workingGroupId, userId, username, organisationId,
                WorkingGroupMemberStatus.LEFT, requestedAt, at, decidedBy, version);
    }
}
