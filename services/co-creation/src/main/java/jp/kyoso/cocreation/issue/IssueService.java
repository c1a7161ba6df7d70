package jp.kyoso.cocreation.issue;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.cocreation.membership.MembershipService;
import jp.kyoso.cocreation.organisation.Organisation;
import jp.kyoso.cocreation.seed.SeedService;
import jp.kyoso.cocreation.shared.LikePatterns;
import jp.kyoso.cocreation.shared.SdgTargets;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.events.cocreation.IssueRaised;
import jp.kyoso.events.cocreation.IssueSource;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/**
 * The issue board (課題抽出). People acting for member organisations raise local issues, endorse them (once each) and
 * comment; before raising one they are shown similar issues. The secretariat merges duplicates and promotes a ripe
 * issue to City Lab, whose answers (challenge drafted, project started) are linked back onto the issue.
 */
@Singleton
public class IssueService {

    /** How many similar issues a draft is shown at most. */
    static final int SIMILAR_LIMIT = 5;

    private final IssueRepository issues;
    private final IssueCommentRepository comments;
    private final MembershipService memberships;
    private final Outbox outbox;
    private final Clock clock;
    private final double similarityThreshold;

    public IssueService(IssueRepository issues, IssueCommentRepository comments, MembershipService memberships,
                        Outbox outbox, Clock clock,
                        @Value("${kyoso.cocreation.similar-issue-threshold:0.2}") double similarityThreshold) {
        this.issues = issues;
        this.comments = comments;
        this.memberships = memberships;
        this.outbox = outbox;
        this.clock = clock;
        this.similarityThreshold = similarityThreshold;
    }

    @Transactional
    public Issue raise(@Nullable UUID organisationId, String title, String body, List<String> sdgTargets,
                       CurrentUser user) {
        List<String> targets = SdgTargets.validated(sdgTargets, "sdgTargets");
        Organisation organisation = memberships.actingOrganisation(organisationId, user, "issue.membersOnly");
        Issue raised = issues.save(Issue.raised(UUID.randomUUID(), organisation.id(), user.userId(),
                user.username(), title.strip(), body.strip(), targets, clock.instant()));
        announce(raised, IssueSource.MEMBER);
        return raised;
    }

    /**
     * A meeting's action item becomes an issue on the board, once: the issue takes the action item's id, so a
     * redelivered event finds it and changes nothing.
     */
    @Transactional
    public Issue raiseFromMeeting(UUID actionItemId, String title, String body, String raisedBy, Instant at) {
        Optional<Issue> existing = issues.findById(actionItemId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Issue raised = issues.save(Issue.raised(actionItemId, null, raisedBy, raisedBy, title.strip(), body.strip(),
                List.of(), at));
        announce(raised, IssueSource.MEETING);
        return raised;
    }

    private void announce(Issue issue, IssueSource source) {
        outbox.append(new IssueRaised(issue.id().toString(),
                issue.organisationId() == null ? null : issue.organisationId().toString(), issue.title(),
                issue.sdgTargetList(), source, issue.createdAt()));
    }

    /** Issues that look like the draft {@code text} (Japanese trigram similarity), most similar first. */
    @Transactional(readOnly = true)
    public List<Issue> similarTo(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "NotBlank");
        }
        return issues.similarTo(text.strip(), similarityThreshold, SIMILAR_LIMIT);
    }

    @Transactional(readOnly = true)
    public Issue get(UUID id) {
        return issues.findById(id).orElseThrow(() -> new NotFoundException("resource.issue", id));
    }

    /** The board searched for Japanese words: best match first, merged issues left out. */
    @Transactional(readOnly = true)
    public Page<Issue> search(String words, int page, int size) {
        String text = words.strip();
        return issues.search(text, "%" + LikePatterns.escape(text) + "%", Pageable.from(page, size));
    }

    /** The board: by status, newest first or most endorsed first (the ripe ones). */
    @Transactional(readOnly = true)
    public Page<Issue> board(@Nullable IssueStatus status, IssueOrder order, int page, int size) {
        Pageable pageable = Pageable.from(page, size, order.sort());
        return status == null ? issues.findAll(pageable) : issues.findByStatus(status, pageable);
    }

    @Transactional
    public Issue endorse(UUID id, CurrentUser user) {
        Issue issue = open(id, "endorse");
        UUID organisation = user.organisationId() == null ? null : UUID.fromString(user.organisationId());
        if (organisation == null && memberships.membershipsOf(user.userId()).isEmpty()) {
            throw new ForbiddenException("issue.membersOnly");
        }
        if (issues.endorse(id, user.userId(), organisation, clock.instant()) == 0) {
            throw new ConflictException("issue.alreadyEndorsed");
        }
        issues.refreshCounts(issue.id(), clock.instant());
        return get(id);
    }

    @Transactional
    public IssueComment comment(UUID id, String body, CurrentUser user) {
        Issue issue = get(id);
        if (issue.status() == IssueStatus.MERGED) {
            throw new ConflictException("issue.notOpen", issue.status().name());
        }
        UUID organisation = user.organisationId() == null ? null : UUID.fromString(user.organisationId());
        if (organisation == null && memberships.membershipsOf(user.userId()).isEmpty()) {
            throw new ForbiddenException("issue.membersOnly");
        }
        Instant now = clock.instant();
        IssueComment comment = comments.save(new IssueComment(UUID.randomUUID(), id, user.userId(), user.username(),
                organisation, body.strip(), now));
        issues.refreshCounts(id, now);
        return comment;
    }

    @Transactional(readOnly = true)
    public Page<IssueComment> comments(UUID id, int page, int size) {
        get(id);
        return comments.findByIssueId(id, Pageable.from(page, size, Sort.of(Sort.Order.asc("createdAt"))));
    }

    /** The secretariat folds a duplicate into another issue; its endorsers count there, once each. */
    @Transactional
    public Issue merge(UUID duplicateId, UUID intoId, String by) {
        if (duplicateId.equals(intoId)) {
            throw InvalidInputException.of("into", "issue.mergeIntoItself");
        }
        Issue duplicate = open(duplicateId, "merge");
        Issue target = get(intoId);
        if (target.status() == IssueStatus.MERGED) {
            throw new ConflictException("issue.mergeTargetMerged");
        }
        Instant now = clock.instant();
        update(duplicate.mergeInto(intoId, now));
        issues.copyEndorsements(duplicateId, intoId);
        issues.refreshCounts(intoId, now);
        return get(intoId);
    }

    /** The secretariat judges the issue ripe: City Lab drafts a challenge from it and answers with ChallengeDrafted. */
    @Transactional
    public Issue promote(UUID id, @Nullable UUID departmentId, String by) {
        Issue issue = open(id, "promote");
        Issue promoted = update(issue.promote(departmentId, by, clock.instant()));
        outbox.append(new IssuePromotedToChallenge(promoted.id().toString(), promoted.title(), promoted.body(),
                promoted.sdgTargetList(), departmentId == null ? null : departmentId.toString(), by,
                promoted.promotedAt()));
        return promoted;
    }

    /** From City Lab's ChallengeDrafted; an unknown issue id is not ours to worry about. */
    @Transactional
    public Optional<Issue> linkChallenge(UUID issueId, UUID challengeId, String title, Instant draftedAt) {
        return issues.findById(issueId).map(issue -> issues.update(issue.linkChallenge(challengeId, title, draftedAt)));
    }

    /** From City Lab's CollaborationProjectStarted: the outcome shown on the issue. */
    @Transactional
    public Optional<Issue> recordOutcome(UUID issueId, UUID projectId, String title, LocalDate startedOn,
                                         Instant at) {
        return issues.findById(issueId).map(issue -> issues.update(issue.recordOutcome(projectId, title, startedOn,
                at)));
    }

    private Issue open(UUID id, String attempted) {
        Issue issue = get(id);
        try {
            issue.requireOpen(attempted);
        } catch (IssueTransitionException e) {
            throw new ConflictException("issue.notOpen", e.current().name());
        }
        return issue;
    }

    private Issue update(Issue next) {
        try {
            return issues.update(next);
        } catch (OptimisticLockException e) {
            throw new ConflictException("issue.concurrentChange");
        }
    }
}
