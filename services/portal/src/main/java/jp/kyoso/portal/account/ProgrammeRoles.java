package jp.kyoso.portal.account;

import java.util.HashSet;
import java.util.Set;
import jp.kyoso.web.security.Roles;

/**
 * The roles administrators hand out. MEMBER comes with accepting an organisation's invitation and YOUTH with the
 * secretariat's enrolment; an administrator's role change leaves those two as they are.
 */
final class ProgrammeRoles {

    static final Set<String> MANAGED = Set.of(Roles.STAFF, Roles.SECRETARIAT, Roles.COMMITTEE, Roles.ADMIN);

    private ProgrammeRoles() {
    }

    /** The account's roles once the managed ones are replaced by {@code managed}. */
    static Set<String> replace(Set<String> current, Set<String> managed) {
        Set<String> roles = new HashSet<>(current);
        roles.removeAll(MANAGED);
        roles.addAll(managed);
        return roles;
    }
}
