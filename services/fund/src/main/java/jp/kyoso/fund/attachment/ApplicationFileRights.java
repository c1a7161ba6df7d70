package jp.kyoso.fund.attachment;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.fund.conflict.AccessVerdict;
import jp.kyoso.fund.conflict.ConflictService;
import jp.kyoso.fund.grantapplication.ApplicationService;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Who reads an application's files, exactly as who reads the application: its organisation, the secretariat, and a
 * committee member the review rules let in (no conflict declared).
 */
@Singleton
class ApplicationFileRights {

    private final ApplicationService applications;
    private final ConflictService conflicts;

    ApplicationFileRights(ApplicationService applications, ConflictService conflicts) {
        this.applications = applications;
        this.conflicts = conflicts;
    }

    void requireReadable(UUID applicationId, CurrentUser user) {
        if (user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN)) {
            applications.get(applicationId);
        } else if (user.has(Roles.COMMITTEE)) {
            AccessVerdict verdict = conflicts.access(applicationId, user);
            if (!verdict.allowed()) {
                throw new ForbiddenException(verdict.code());
            }
        } else {
            applications.own(applicationId, user);
        }
    }

    /** The applicant's own application (404 for anyone else's, as the application itself answers). */
    GrantApplication own(UUID applicationId, CurrentUser user) {
        return applications.own(applicationId, user);
    }
}
