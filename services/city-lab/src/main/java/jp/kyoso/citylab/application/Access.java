package jp.kyoso.citylab.application;

import io.micronaut.core.annotation.Nullable;
import jp.kyoso.citylab.domain.Challenge;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Who may see and act on what, decided from the token: programme office, the owning department, the proposer. */
final class Access {

    private Access() {
    }

    static boolean isOffice(@Nullable CurrentUser user) {
        return user != null && user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN);
    }

    /** The secretariat, or staff of the department that owns the challenge. */
    static boolean isOfficeOrOwner(@Nullable CurrentUser user, Challenge challenge) {
        return isOffice(user) || isOwner(user, challenge);
    }

    static boolean isOwner(@Nullable CurrentUser user, Challenge challenge) {
        return user != null && user.has(Roles.STAFF) && challenge.ownedBy(user.organisationId());
    }
}
