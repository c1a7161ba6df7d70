package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jp.kyoso.citylab.matching.InvitationService;
import jp.kyoso.citylab.matching.MatchingService;
import jp.kyoso.citylab.shared.Access;
import jp.kyoso.citylab.shared.FieldErrors;
import jp.kyoso.citylab.shared.Ids;
import jp.kyoso.citylab.shared.Rules;
import jp.kyoso.events.citylab.ChallengeArchived;
import jp.kyoso.events.citylab.ChallengeClosed;
import jp.kyoso.events.citylab.ChallengeDrafted;
import jp.kyoso.events.citylab.ChallengePublished;
import jp.kyoso.events.citylab.ChallengeRefined;
import jp.kyoso.events.citylab.ChallengeRefinementStarted;
import jp.kyoso.events.citylab.ChallengeSentBack;
import jp.kyoso.events.citylab.ChallengeSignedOff;
import jp.kyoso.events.citylab.ChallengeSignoffRequested;
import jp.kyoso.events.citylab.ClosingReason;
import jp.kyoso.events.citylab.MatchSuggested;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/**
 * Issue-solving challenges from draft to archive: departments draft, the secretariat refines (every refinement a kept
 * version), the department signs off, the secretariat publishes; the deadline or the secretariat closes it.
 */
@Singleton
public class ChallengeService {

    /** The system closes challenges whose deadline passed; events name it as the actor. */
    public static final String SYSTEM = "system";
    private static final double SIMILARITY_THRESHOLD = 0.2;
    private static final int SIMILAR_LIMIT = 5;

    /** How many organisations matching suggests when a challenge is published. */
    private static final int SUGGESTIONS = 5;

    private final ChallengeRepository challenges;
    private final ChallengeVersionRepository versions;
    private final InvitationService invitations;
    private final MatchingService matching;
    private final Outbox outbox;
    private final Clock clock;

    public ChallengeService(ChallengeRepository challenges, ChallengeVersionRepository versions,
                            InvitationService invitations, MatchingService matching, Outbox outbox, Clock clock) {
        this.challenges = challenges;
        this.versions = versions;
        this.invitations = invitations;
        this.matching = matching;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Challenge draft(DraftChallenge draft, CurrentUser user) {
        if (user.organisationId() == null) {
            throw new ForbiddenException("challenge.noDepartment");
        }
        Instant now = clock.instant();
        FieldErrors errors = new FieldErrors();
        List<String> targets = errors.sdgTargets("sdgTargets", draft.sdgTargets(), true);
        errors.deadline("proposalDeadline", draft.proposalDeadline(), Deadlines.today(now));
        errors.throwIfAny();
        Challenge challenge = Challenge.drafted(UUID.randomUUID(), UUID.fromString(user.organisationId()),
                draft.text(), targets, draft.budgetYen(), draft.testFieldOffered(),
                Deadlines.endOf(draft.proposalDeadline()), null, user.username(), now);
        return saveDraft(challenge, user.username(), now);
    }

    /** The issue board promoted an issue: a draft linked to it, once, however often the event arrives. */
    @Transactional
    public void draftFromIssue(IssuePromotedToChallenge issue) {
        UUID issueId = UUID.fromString(issue.issueId());
        if (challenges.existsByOriginIssueId(issueId)) {
            return;
        }
        List<String> targets = issue.sdgTargets().stream().filter(SdgCatalog::isTarget).toList();
        Challenge challenge = Challenge.drafted(UUID.randomUUID(),
                issue.departmentId() == null ? null : UUID.fromString(issue.departmentId()),
                new ChallengeText(issue.title(), issue.description(), null, null, null, null), targets, null, null,
                null, issueId, issue.promotedBy(), clock.instant());
        saveDraft(challenge, issue.promotedBy(), challenge.draftedAt());
    }

    private Challenge saveDraft(Challenge challenge, String by, Instant at) {
        Challenge saved = challenges.save(challenge);
        versions.save(ChallengeVersion.of(saved, null, by, at));
        outbox.append(new ChallengeDrafted(saved.id().toString(), Ids.text(saved.departmentId()), saved.title(),
                saved.sdgTargetList(), Ids.text(saved.originIssueId()), at));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<SimilarChallenge> similar(String text) {
        return challenges.findSimilar(text.strip(), SIMILARITY_THRESHOLD, SIMILAR_LIMIT);
    }

    /** Drafts and challenges in refinement are internal: only the office and the owning department see them. */
    @Transactional(readOnly = true)
    public Challenge get(UUID id, @Nullable CurrentUser user) {
        Challenge challenge = challenges.findById(id).orElseThrow(() -> notFound(id));
        if (!challenge.status().isPublic() && !Access.isOfficeOrStaffOf(user, challenge.departmentId())) {
            throw notFound(id);
        }
        return challenge;
    }

    /**
     * The public sees published and closed challenges (archived ones when asked); the office any status. A
     * department's own list is the challenge search's ({@code ChallengeDiscovery}).
     */
    @Transactional(readOnly = true)
    public Page<Challenge> list(@Nullable ChallengeStatus status, @Nullable CurrentUser user, Pageable pageable) {
        if (status != null) {
            if (!status.isPublic() && !Access.isOffice(user)) {
                throw new ForbiddenException("challenge.notPublic");
            }
            return challenges.findByStatusIn(Set.of(status), pageable);
        }
        return challenges.findByStatusIn(Set.of(ChallengeStatus.PUBLISHED, ChallengeStatus.CLOSED), pageable);
    }

    @Transactional(readOnly = true)
    public Page<ChallengeVersion> versions(UUID id, CurrentUser user, Pageable pageable) {
        Challenge challenge = challenges.findById(id).orElseThrow(() -> notFound(id));
        if (!Access.isOfficeOrStaffOf(user, challenge.departmentId())) {
            throw new ForbiddenException("challenge.versionsInternal");
        }
        return versions.findByChallengeId(id, pageable);
    }

    @Transactional
    public Challenge startRefinement(UUID id, CurrentUser user) {
        Challenge started = change(id, Challenge::startRefinement);
        outbox.append(new ChallengeRefinementStarted(id.toString(), clock.instant(), user.username()));
        return started;
    }

    @Transactional
    public Challenge refine(UUID id, RefineChallenge refinement, CurrentUser user) {
        Instant now = clock.instant();
        FieldErrors errors = new FieldErrors();
        List<String> targets = errors.sdgTargets("sdgTargets", refinement.sdgTargets(), true);
        if (refinement.proposalDeadline() != null) {
            errors.deadline("proposalDeadline", refinement.proposalDeadline(), Deadlines.today(now));
        }
        errors.throwIfAny();
        Challenge refined = change(id, challenge -> challenge.refine(refinement.text(), refinement.departmentId(),
                targets, refinement.budgetYen(), refinement.testFieldOffered(),
                refinement.proposalDeadline() == null ? challenge.deadline()
                        : Deadlines.endOf(refinement.proposalDeadline())));
        versions.save(ChallengeVersion.of(refined, refinement.note(), user.username(), now));
        outbox.append(new ChallengeRefined(id.toString(), refined.currentVersion(), refined.title(),
                refined.solutionDirection(), now, user.username()));
        return refined;
    }

    @Transactional
    public Challenge requestSignoff(UUID id, CurrentUser user) {
        Challenge requested = change(id, Challenge::requestSignoff);
        outbox.append(new ChallengeSignoffRequested(id.toString(), Ids.text(requested.departmentId()),
                requested.currentVersion(), clock.instant(), user.username()));
        return requested;
    }

    @Transactional
    public Challenge signOff(UUID id, CurrentUser user) {
        requireOwner(id, user);
        Instant now = clock.instant();
        Challenge signed = change(id, challenge -> challenge.signOff(user.username(), now));
        outbox.append(new ChallengeSignedOff(id.toString(), Ids.text(signed.departmentId()), now, user.username()));
        return signed;
    }

    /** The department asks for changes instead of signing off: back to the secretariat for another refinement. */
    @Transactional
    public Challenge sendBack(UUID id, CurrentUser user) {
        requireOwner(id, user);
        Challenge back = change(id, Challenge::sendBack);
        outbox.append(new ChallengeSentBack(id.toString(), Ids.text(back.departmentId()), clock.instant(),
                user.username()));
        return back;
    }

    @Transactional
    public Challenge publish(UUID id, CurrentUser user) {
        Instant now = clock.instant();
        Challenge published = change(id, challenge -> challenge.publish(user.username(), now));
        outbox.append(new ChallengePublished(id.toString(), Ids.text(published.departmentId()), published.title(),
                published.sdgTargetList(), published.budgetYen(), published.deadline(),
                Ids.text(published.originIssueId()), now, user.username()));
        suggestMatches(id, now);
        return published;
    }

    /**
     * The concierge's first suggestions, recorded with the publication so the secretariat (and the KPIs) know whom
     * matching pointed at before anyone was invited; the live ranking stays available at {@code /matches}.
     */
    private void suggestMatches(UUID challengeId, Instant at) {
        matching.rank(challengeId).stream().limit(SUGGESTIONS).forEach(match -> outbox.append(new MatchSuggested(
                challengeId.toString(), match.organisationId().toString(), match.rank(),
                match.seeds().get(0).seedId().toString(), match.best().sharedTargets(),
                match.best().textSimilarityPercent(), at)));
    }

    @Transactional
    public Challenge close(UUID id, CurrentUser user) {
        return close(id, ClosingReason.MANUAL, user.username());
    }

    @Transactional
    public Challenge archive(UUID id, CurrentUser user) {
        Instant now = clock.instant();
        Challenge archived = change(id, challenge -> challenge.archive(now));
        outbox.append(new ChallengeArchived(id.toString(), now, user.username()));
        return archived;
    }

    /** Closes every published challenge whose deadline has passed; returns how many. Run by the scheduled job. */
    @Transactional
    public int closeExpired() {
        List<Challenge> expired = challenges.findByStatusAndDeadlineLessThanEquals(ChallengeStatus.PUBLISHED,
                clock.instant());
        expired.forEach(challenge -> close(challenge.id(), ClosingReason.DEADLINE, SYSTEM));
        return expired.size();
    }

    private Challenge close(UUID id, ClosingReason reason, String by) {
        Instant now = clock.instant();
        Challenge closed = change(id, challenge -> challenge.close(now));
        outbox.append(new ChallengeClosed(id.toString(), reason, now, by));
        invitations.concludeUnanswered(id, now);
        return closed;
    }

    private void requireOwner(UUID id, CurrentUser user) {
        Challenge challenge = challenges.findById(id).orElseThrow(() -> notFound(id));
        if (!Access.isStaffOf(user, challenge.departmentId())) {
            throw new ForbiddenException("challenge.notOwner");
        }
    }

    private Challenge change(UUID id, UnaryOperator<Challenge> action) {
        Challenge current = challenges.findById(id).orElseThrow(() -> notFound(id));
        return Rules.apply("challenge", () -> challenges.update(action.apply(current)));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("resource.challenge", id.toString());
    }
}
