package jp.kyoso.citylab.shared;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Who may see and act on what, decided from the token: the programme office, or staff of the department concerned. */
public final class Access {

    private Access() {
    }

    public static boolean isOffice(@Nullable CurrentUser user) {
        return user != null && user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN);
    }

    /** The secretariat, or staff of {@code department} (a challenge's owner, a project's department). */
    public static boolean isOfficeOrStaffOf(@Nullable CurrentUser user, @Nullable UUID department) {
        return isOffice(user) || isStaffOf(user, department);
    }

    public static boolean isStaffOf(@Nullable CurrentUser user, @Nullable UUID department) {
        return user != null && user.has(Roles.STAFF) && department != null
                && department.toString().equals(user.organisationId());
    }
}
