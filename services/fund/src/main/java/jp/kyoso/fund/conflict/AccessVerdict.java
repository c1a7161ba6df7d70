package jp.kyoso.fund.conflict;

import io.micronaut.core.annotation.Nullable;

/**
 * Whether a committee member may see and score an application; when not, {@code code} is the reason's message key
 * (e.g. {@code fund.conflict.sameOrganisation}), returned to the member as the 403 problem.
 */
public record AccessVerdict(boolean allowed, @Nullable String code) {

    static final AccessVerdict ALLOWED = new AccessVerdict(true, null);

    static AccessVerdict denied(String code) {
        return new AccessVerdict(false, code);
    }
}
