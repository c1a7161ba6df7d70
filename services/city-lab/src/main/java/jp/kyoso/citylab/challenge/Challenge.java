package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.shared.RuleViolation;
import jp.kyoso.citylab.shared.SdgTargets;
import jp.kyoso.citylab.shared.TransitionException;

/**
 * An issue-solving challenge (課題解決型). Immutable: every action returns the next state, which the application
 * service stores with the action's event. Drafts promoted from the issue board may lack a department, outcome or
 * deadline; the secretariat fills them in during refinement, and sign-off is refused until they are there.
 */
@MappedEntity("challenge")
public record Challenge(
        @Id UUID id,
        @Nullable UUID departmentId,
        String title,
        String background,
        @Nullable String desiredOutcome,
        @Nullable String targetKpi,
        @Nullable String constraints,
        @Nullable String solutionDirection,
        String sdgTargets,
        @Nullable Long budgetYen,
        @Nullable String testFieldOffered,
        @Nullable Instant deadline,
        @Nullable UUID originIssueId,
        ChallengeStatus status,
        int currentVersion,
        String draftedBy,
        Instant draftedAt,
        @Nullable String signedOffBy,
        @Nullable Instant signedOffAt,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt,
        @Nullable Instant closedAt,
        @Nullable Instant archivedAt,
        @Nullable @Version Long version) {

    public static Challenge drafted(UUID id, @Nullable UUID departmentId, ChallengeText text, List<String> sdgTargets,
                                    @Nullable Long budgetYen, @Nullable String testFieldOffered,
                                    @Nullable Instant deadline, @Nullable UUID originIssueId, String by, Instant at) {
        return new Challenge(id, departmentId, text.title(), text.background(), text.desiredOutcome(), text.targetKpi(),
                text.constraints(), text.solutionDirection(), SdgTargets.join(sdgTargets), budgetYen, testFieldOffered,
                deadline, originIssueId, ChallengeStatus.DRAFT, 1, by, at, null, null, null, null, null, null, null);
    }

    public List<String> sdgTargetList() {
        return SdgTargets.split(sdgTargets);
    }

    public ChallengeText text() {
        return new ChallengeText(title, background, desiredOutcome, targetKpi, constraints, solutionDirection);
    }

    /** The secretariat takes the draft up (掘り下げ). */
    public Challenge startRefinement() {
        require(ChallengeStatus.DRAFT, "startRefinement");
        return withStatus(ChallengeStatus.IN_REFINEMENT);
    }

    /** A refinement replaces the text and terms; the caller keeps the result as version {@link #currentVersion}. */
    public Challenge refine(ChallengeText text, @Nullable UUID department, List<String> targets, @Nullable Long budget,
                            @Nullable String testField, @Nullable Instant newDeadline) {
        require(ChallengeStatus.IN_REFINEMENT, "refine");
        return new Challenge(id, department == null ? departmentId : department, text.title(), text.background(),
                text.desiredOutcome(), text.targetKpi(), text.constraints(), text.solutionDirection(),
                SdgTargets.join(targets), budget, testField, newDeadline, originIssueId, status, currentVersion + 1,
                draftedBy, draftedAt, null, null, publishedBy, publishedAt, closedAt, archivedAt, version);
    }

    /** Hands the refined challenge to its department; everything a proposer needs must be there by now. */
    public Challenge requestSignoff() {
        require(ChallengeStatus.IN_REFINEMENT, "requestSignoff");
        List<String> missing = new ArrayList<>();
        if (departmentId == null) {
            missing.add("departmentId");
        }
        if (desiredOutcome == null) {
            missing.add("desiredOutcome");
        }
        if (solutionDirection == null) {
            missing.add("solutionDirection");
        }
        if (deadline == null) {
            missing.add("proposalDeadline");
        }
        if (sdgTargetList().isEmpty()) {
            missing.add("sdgTargets");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation("challenge.incomplete", String.join(", ", missing));
        }
        return withStatus(ChallengeStatus.AWAITING_SIGNOFF);
    }

    public Challenge signOff(String by, Instant at) {
        require(ChallengeStatus.AWAITING_SIGNOFF, "signOff");
        if (signedOffAt != null) {
            throw new RuleViolation("challenge.alreadySignedOff");
        }
        return new Challenge(id, departmentId, title, background, desiredOutcome, targetKpi, constraints,
                solutionDirection, sdgTargets, budgetYen, testFieldOffered, deadline, originIssueId, status,
                currentVersion, draftedBy, draftedAt, by, at, publishedBy, publishedAt, closedAt, archivedAt, version);
    }

    /** The department wants changes: back to refinement, and the sign-off (if any) no longer holds. */
    public Challenge sendBack() {
        require(ChallengeStatus.AWAITING_SIGNOFF, "sendBack");
        return new Challenge(id, departmentId, title, background, desiredOutcome, targetKpi, constraints,
                solutionDirection, sdgTargets, budgetYen, testFieldOffered, deadline, originIssueId,
                ChallengeStatus.IN_REFINEMENT, currentVersion, draftedBy, draftedAt, null, null, publishedBy,
                publishedAt, closedAt, archivedAt, version);
    }

    public Challenge publish(String by, Instant at) {
        require(ChallengeStatus.AWAITING_SIGNOFF, "publish");
        if (signedOffAt == null) {
            throw new RuleViolation("challenge.notSignedOff");
        }
        if (!deadline.isAfter(at)) {
            throw new RuleViolation("challenge.deadlinePassed");
        }
        return new Challenge(id, departmentId, title, background, desiredOutcome, targetKpi, constraints,
                solutionDirection, sdgTargets, budgetYen, testFieldOffered, deadline, originIssueId,
                ChallengeStatus.PUBLISHED, currentVersion, draftedBy, draftedAt, signedOffBy, signedOffAt, by, at,
                closedAt, archivedAt, version);
    }

    public Challenge close(Instant at) {
        require(ChallengeStatus.PUBLISHED, "close");
        return new Challenge(id, departmentId, title, background, desiredOutcome, targetKpi, constraints,
                solutionDirection, sdgTargets, budgetYen, testFieldOffered, deadline, originIssueId,
                ChallengeStatus.CLOSED, currentVersion, draftedBy, draftedAt, signedOffBy, signedOffAt, publishedBy,
                publishedAt, at, archivedAt, version);
    }

    public Challenge archive(Instant at) {
        require(ChallengeStatus.CLOSED, "archive");
        return new Challenge(id, departmentId, title, background, desiredOutcome, targetKpi, constraints,
                solutionDirection, sdgTargets, budgetYen, testFieldOffered, deadline, originIssueId,
                ChallengeStatus.ARCHIVED, currentVersion, draftedBy, draftedAt, signedOffBy, signedOffAt, publishedBy,
                publishedAt, closedAt, at, version);
    }

    public boolean acceptsProposalsAt(Instant at) {
        return status.acceptsProposals(deadline, at);
    }

    /** Whether proposals to this challenge may still be decided (shortlisted, adopted, declined). */
    public boolean isDeciding() {
        return status == ChallengeStatus.PUBLISHED || status == ChallengeStatus.CLOSED;
    }

    private void require(ChallengeStatus expected, String attempted) {
        if (status != expected) {
            throw new TransitionException(status, attempted);
        }
    }

    private Challenge withStatus(ChallengeStatus next) {
        return new Challenge(id, departmentId, title, background, desiredOutcome, targetKpi, constraints,
                solutionDirection, sdgTargets, budgetYen, testFieldOffered, deadline, originIssueId, next,
                currentVersion, draftedBy, draftedAt, signedOffBy, signedOffAt, publishedBy, publishedAt, closedAt,
                archivedAt, version);
    }
}
