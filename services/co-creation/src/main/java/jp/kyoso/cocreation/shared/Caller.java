package jp.kyoso.cocreation.shared;

import io.micronaut.core.annotation.Nullable;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Small questions about the caller that several use cases ask; anonymous callers are {@code null}. */
public final class Caller {

    /** A user id no real user has, so "member of" queries find nothing for anonymous callers. */
    static final String NOBODY = "";

    private Caller() {
    }

    public static boolean isSecretariat(@Nullable CurrentUser user) {
        return user != null && user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN);
    }

    public static String idOf(@Nullable CurrentUser user) {
        return user == null ? NOBODY : user.userId();
    }
}
