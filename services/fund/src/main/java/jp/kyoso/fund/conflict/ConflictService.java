package jp.kyoso.fund.conflict;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.fund.committee.CommitteeRoster;
import jp.kyoso.fund.grantapplication.ApplicationService;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.security.CurrentUser;

/**
 * Conflicts of interest on applications. A member must declare conflict or no conflict before seeing an
 * application; conflicts found automatically recuse the member; a conflicted member cannot be assigned, read or
 * score. Every declaration and recusal goes to the register and out as an event.
 */
@Singleton
public class ConflictService {

    private final ConflictDetector detector;
    private final ConflictRegister register;
    private final CommitteeRoster committee;
    private final ApplicationService applications;

    ConflictService(ConflictDetector detector, ConflictRegister register, CommitteeRoster committee,
                    ApplicationService applications) {
        this.detector = detector;
        this.register = register;
        this.committee = committee;
        this.applications = applications;
    }

    /**
     * The gate in front of every committee endpoint on an application. Runs in its own transaction so that an
     * automatic recusal is registered even though the caller then answers 403.
     */
    @Transactional
    public AccessVerdict access(UUID applicationId, CurrentUser user) {
        Optional<String> automatic = recuseIfConflicted(applicationId, user);
        if (automatic.isPresent()) {
            return AccessVerdict.denied(automatic.get());
        }
        Optional<ConflictRecord> latest = register.latestDeclaration(applicationId, user.userId());
        if (latest.isEmpty()) {
            return AccessVerdict.denied("fund.conflict.declarationRequired");
        }
        return latest.get().conflicted() ? AccessVerdict.denied("fund.conflict.declared") : AccessVerdict.ALLOWED;
    }

    /**
     * Checks the automatic conflict rules for the member on the application, registering a recusal when one applies;
     * its own transaction, so the register keeps the recusal although the caller then answers 403.
     */
    @Transactional
    public Optional<String> recuseIfConflicted(UUID applicationId, CurrentUser user) {
        committee.register(user);
        GrantApplication application = applications.get(applicationId);
        Optional<String> automatic = detector.automatic(user.userId(), application);
        automatic.ifPresent(reason -> register.recuse(application, user.userId(), reason));
        return automatic;
    }

    /** The member's declaration on one application; "no conflict" is refused where a conflict is on record. */
    @Transactional
    public ConflictRecord declare(UUID applicationId, CurrentUser user, boolean conflicted,
                                  String reason) {
        committee.register(user);
        GrantApplication application = applications.get(applicationId);
        Optional<String> automatic = detector.automatic(user.userId(), application);
        if (automatic.isPresent()) {
            register.recuse(application, user.userId(), automatic.get());
            throw new ForbiddenException(automatic.get());
        }
        if (register.latestDeclaration(applicationId, user.userId()).map(ConflictRecord::conflicted).orElse(false)) {
            throw new ConflictException("fund.conflict.alreadyDeclared");
        }
        if (conflicted && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "Required");
        }
        ConflictRecord record = register.log(application, user.userId(), conflicted, false,
                reason == null || reason.isBlank() ? null : reason.strip(), user.username());
        if (conflicted) {
            register.unassign(applicationId, user.userId());
        }
        return record;
    }

    /**
     * The member's conflict with the application, automatic (registered as a recusal here) or declared; what keeps a
     * member from being assigned. Runs in the caller's transaction.
     */
    @Transactional
    public Optional<String> conflictOf(String reviewerId, GrantApplication application) {
        Optional<String> automatic = detector.automatic(reviewerId, application);
        if (automatic.isPresent()) {
            register.recuse(application, reviewerId, automatic.get());
            return automatic;
        }
        return register.latestDeclaration(application.id(), reviewerId).filter(ConflictRecord::conflicted)
                .map(r -> "fund.conflict.declared");
    }

    /** Recuses the member from every assigned application it now conflicts with (after a new affiliation). */
    @Transactional
    public void recuseFromConflictingAssignments(String reviewerId) {
        for (UUID applicationId : register.assignedTo(reviewerId)) {
            GrantApplication application = applications.get(applicationId);
            detector.automatic(reviewerId, application)
                    .ifPresent(reason -> register.recuse(application, reviewerId, reason));
        }
    }

    @Transactional(readOnly = true)
    public List<ConflictRecord> registerOfCall(UUID callId) {
        return register.ofCall(callId);
    }
}
