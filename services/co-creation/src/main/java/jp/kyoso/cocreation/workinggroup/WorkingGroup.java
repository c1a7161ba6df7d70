package jp.kyoso.cocreation.workinggroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A working group (専門部会) formed by the secretariat. Closed membership means a join request waits for the group's
 * lead or the secretariat; a private group, and its meetings, exist only for its members.
 */
@MappedEntity("working_group")
public record WorkingGroup(
        @Id UUID id,
        String name,
        String description,
        boolean closedMembership,
        boolean privateGroup,
        @Nullable String leadUserId,
        String formedBy,
        Instant formedAt) {

    /** Whether {@code userId} may decide join requests: the lead (the secretariat always may). */
    public boolean isLead(String userId) {
        return userId.equals(leadUserId);
    }

    /** The status a new join request starts in. */
    public WorkingGroupMemberStatus joinStatus() {
        return closedMembership ? WorkingGroupMemberStatus.PENDING : WorkingGroupMemberStatus.ACTIVE;
    }
}
