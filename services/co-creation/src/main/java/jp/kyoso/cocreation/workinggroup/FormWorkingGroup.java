package jp.kyoso.cocreation.workinggroup;

import io.micronaut.core.annotation.Nullable;

/** The secretariat's form for a new working group. */
public record FormWorkingGroup(String name, String description, boolean closedMembership, boolean privateGroup,
                               @Nullable String leadUserId) {
}
