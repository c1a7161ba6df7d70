package jp.kyoso.cocreation.workinggroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A working group as a visitor sees it, with the caller's own membership status when signed in. */
@Serdeable
public record WorkingGroupView(
        UUID id,
        String name,
        String description,
        boolean closedMembership,
        boolean privateGroup,
        Instant formedAt,
        @Nullable WorkingGroupMemberStatus myStatus) {

    static WorkingGroupView of(WorkingGroup group, @Nullable WorkingGroupMemberStatus myStatus) {
        return new WorkingGroupView(group.id(), group.name(), group.description(), group.closedMembership(),
                group.privateGroup(), group.formedAt(), myStatus);
    }
}
