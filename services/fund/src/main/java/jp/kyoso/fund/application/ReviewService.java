package jp.kyoso.fund.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.fund.ConflictDeclared;
import jp.kyoso.events.fund.ProjectEvaluated;
import jp.kyoso.events.fund.ReviewSubmitted;
import jp.kyoso.fund.domain.ApplicationStatus;
import jp.kyoso.fund.domain.CallCriterion;
import jp.kyoso.fund.domain.CallStatus;
import jp.kyoso.fund.domain.CommitteeAffiliation;
import jp.kyoso.fund.domain.CommitteeMember;
import jp.kyoso.fund.domain.ConflictCheck;
import jp.kyoso.fund.domain.ConflictRecord;
import jp.kyoso.fund.domain.FundCall;
import jp.kyoso.fund.domain.GrantApplication;
import jp.kyoso.fund.domain.Review;
import jp.kyoso.fund.domain.ReviewAssignment;
import jp.kyoso.fund.domain.ReviewPurpose;
import jp.kyoso.fund.domain.ReviewScore;
import jp.kyoso.fund.domain.Scoring;
import jp.kyoso.fund.persistence.AffiliationRepository;
import jp.kyoso.fund.persistence.AssignmentRepository;
import jp.kyoso.fund.persistence.CallCriterionRepository;
import jp.kyoso.fund.persistence.CommitteeRepository;
import jp.kyoso.fund.persistence.ConflictRecordRepository;
import jp.kyoso.fund.persistence.FundCallRepository;
import jp.kyoso.fund.persistence.GrantApplicationRepository;
import jp.kyoso.fund.persistence.ReviewRepository;
import jp.kyoso.fund.persistence.ReviewScoreRepository;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/**
 * Conflicts of interest, assignment and scoring. A member must declare conflict or no conflict before seeing an
 * application; conflicts found automatically recuse the member; a conflicted member cannot be assigned, read or
 * score. Every declaration and recusal goes to the register and out as an event.
 */
@Singleton
public class ReviewService {

    private final CommitteeRepository members;
    private final AffiliationRepository affiliations;
    private final ConflictRecordRepository register;
    private final AssignmentRepository assignments;
    private final ReviewRepository reviews;
    private final ReviewScoreRepository scores;
    private final GrantApplicationRepository applications;
    private final FundCallRepository calls;
    private final CallCriterionRepository criteria;
    private final OrganisationDirectory organisations;
    private final LedgerService ledger;
    private final Outbox outbox;
    private final Clock clock;

    public ReviewService(CommitteeRepository members, AffiliationRepository affiliations,
                         ConflictRecordRepository register, AssignmentRepository assignments,
                         ReviewRepository reviews, ReviewScoreRepository scores,
                         GrantApplicationRepository applications, FundCallRepository calls,
                         CallCriterionRepository criteria, OrganisationDirectory organisations, LedgerService ledger,
                         Outbox outbox, Clock clock) {
        this.members = members;
        this.affiliations = affiliations;
        this.register = register;
        this.assignments = assignments;
        this.reviews = reviews;
        this.scores = scores;
        this.applications = applications;
        this.calls = calls;
        this.criteria = criteria;
        this.organisations = organisations;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Registers the member on first use, so that assignment knows the committee. */
    @Transactional
    public CommitteeMember register(CurrentUser user) {
        return members.findById(user.userId()).orElseGet(() -> members.save(new CommitteeMember(user.userId(),
                user.username(), user.organisationId() == null ? null : UUID.fromString(user.organisationId()),
                clock.instant(), true)));
    }

    @Transactional(readOnly = true)
    public List<CommitteeMember> committee() {
        return members.findAllOrderByReviewerId();
    }

    /** Declares an affiliation, and recuses the member from assigned applications it now conflicts with. */
    @Transactional
    public CommitteeAffiliation declareAffiliation(CurrentUser user, UUID organisationId, String note) {
        register(user);
        if (affiliations.existsByReviewerIdAndOrganisationId(user.userId(), organisationId)) {
            throw new ConflictException("fund.affiliation.exists");
        }
        CommitteeAffiliation affiliation = affiliations.save(new CommitteeAffiliation(UUID.randomUUID(),
                user.userId(), organisationId, note == null || note.isBlank() ? null : note.strip(), clock.instant()));
        for (ReviewAssignment assignment : assignmentsOf(user.userId())) {
            GrantApplication application = applications.findById(assignment.applicationId()).orElseThrow();
            autoConflict(user.userId(), application).ifPresent(reason -> recuse(application, user.userId(), reason));
        }
        return affiliation;
    }

    @Transactional(readOnly = true)
    public List<CommitteeAffiliation> affiliationsOf(String reviewerId) {
        return affiliations.findByReviewerId(reviewerId);
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
        Optional<ConflictRecord> latest = latestDeclaration(applicationId, user.userId());
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
        register(user);
        GrantApplication application = application(applicationId);
        Optional<String> automatic = autoConflict(user.userId(), application);
        automatic.ifPresent(reason -> recuse(application, user.userId(), reason));
        return automatic;
    }

    /** The member's declaration on one application; "no conflict" is refused where a conflict is on record. */
    @Transactional
    public ConflictRecord declare(UUID applicationId, CurrentUser user, boolean conflicted, String reason) {
        register(user);
        GrantApplication application = application(applicationId);
        Optional<String> automatic = autoConflict(user.userId(), application);
        if (automatic.isPresent()) {
            recuse(application, user.userId(), automatic.get());
            throw new ForbiddenException(automatic.get());
        }
        if (latestDeclaration(applicationId, user.userId()).map(ConflictRecord::conflicted).orElse(false)) {
            throw new ConflictException("fund.conflict.alreadyDeclared");
        }
        if (conflicted && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "Required");
        }
        ConflictRecord record = log(application, user.userId(), conflicted, false,
                reason == null || reason.isBlank() ? null : reason.strip(), user.username());
        if (conflicted) {
            assignments.deleteByApplicationIdAndReviewerId(applicationId, user.userId());
        }
        return record;
    }

    @Transactional(readOnly = true)
    public List<ConflictRecord> registerOfCall(UUID callId) {
        return register.findByCallIdOrderByRecordedAt(callId);
    }

    /**
     * Assigns reviewers to every eligible application of a closed call until each has the call's minimum, least
     * loaded members first, never a conflicted member nor one at the load cap. Returns the new assignments.
     */
    @Transactional
    public List<ReviewAssignment> assignAutomatically(UUID callId, String by) {
        FundCall call = calls.lockById(callId).orElseThrow(() -> new NotFoundException("resource.call", callId));
        if (call.status() != CallStatus.CLOSED) {
            throw new ConflictException("fund.call.notInReview");
        }
        List<CommitteeMember> committee = members.findByActiveTrueOrderByReviewerId();
        Map<String, Long> load = new HashMap<>();
        for (CommitteeMember member : committee) {
            load.put(member.reviewerId(), assignments.countByCallIdAndReviewerId(callId, member.reviewerId()));
        }
        List<ReviewAssignment> created = new ArrayList<>();
        for (GrantApplication application : applications.findByCallIdAndStatusIn(callId,
                Set.of(ApplicationStatus.ELIGIBLE))) {
            Set<String> assigned = new HashSet<>();
            assignments.findByApplicationId(application.id()).forEach(a -> assigned.add(a.reviewerId()));
            List<CommitteeMember> candidates = committee.stream()
                    .filter(m -> !assigned.contains(m.reviewerId()))
                    .filter(m -> load.get(m.reviewerId()) < call.reviewerLoadCap())
                    .sorted(Comparator.comparing((CommitteeMember m) -> load.get(m.reviewerId()))
                            .thenComparing(CommitteeMember::reviewerId))
                    .toList();
            for (CommitteeMember candidate : candidates) {
                if (assigned.size() >= call.minReviewers()) {
                    break;
                }
                Optional<String> conflict = conflictOf(candidate.reviewerId(), application);
                if (conflict.isPresent()) {
                    if (autoConflict(candidate.reviewerId(), application).isPresent()) {
                        recuse(application, candidate.reviewerId(), conflict.get());
                    }
                    continue;
                }
                created.add(assignments.save(new ReviewAssignment(UUID.randomUUID(), callId, application.id(),
                        candidate.reviewerId(), by, clock.instant())));
                assigned.add(candidate.reviewerId());
                load.merge(candidate.reviewerId(), 1L, Long::sum);
            }
        }
        return created;
    }

    /** The secretariat's adjustment: assign one member by hand, with the same conflict and load rules. */
    @Transactional
    public ReviewAssignment assign(UUID applicationId, String reviewerId, String by) {
        GrantApplication application = application(applicationId);
        FundCall call = calls.lockById(application.callId()).orElseThrow();
        CommitteeMember member = members.findById(reviewerId)
                .orElseThrow(() -> InvalidInputException.of("reviewerId", "fund.assignment.unknownReviewer"));
        if (!member.active()) {
            throw InvalidInputException.of("reviewerId", "fund.assignment.inactiveReviewer");
        }
        if (application.status() != ApplicationStatus.ELIGIBLE) {
            throw new ConflictException("fund.application.wrongState", application.status().name());
        }
        Optional<String> conflict = conflictOf(reviewerId, application);
        if (conflict.isPresent()) {
            if (autoConflict(reviewerId, application).isPresent()) {
                recuse(application, reviewerId, conflict.get());
            }
            throw new ConflictException("fund.assignment.conflicted");
        }
        if (assignments.existsByApplicationIdAndReviewerId(applicationId, reviewerId)) {
            throw new ConflictException("fund.assignment.exists");
        }
        if (assignments.countByCallIdAndReviewerId(call.id(), reviewerId) >= call.reviewerLoadCap()) {
            throw new ConflictException("fund.assignment.loadCap", call.reviewerLoadCap());
        }
        return assignments.save(new ReviewAssignment(UUID.randomUUID(), call.id(), applicationId, reviewerId, by,
                clock.instant()));
    }

    @Transactional
    public void unassign(UUID applicationId, String reviewerId) {
        if (!assignments.existsByApplicationIdAndReviewerId(applicationId, reviewerId)) {
            throw new NotFoundException("resource.assignment", reviewerId);
        }
        if (reviews.findByApplicationIdAndReviewerIdAndPurpose(applicationId, reviewerId, ReviewPurpose.SELECTION)
                .isPresent()) {
            throw new ConflictException("fund.assignment.alreadyReviewed");
        }
        assignments.deleteByApplicationIdAndReviewerId(applicationId, reviewerId);
    }

    @Transactional(readOnly = true)
    public List<ReviewAssignment> assignmentsOf(String reviewerId) {
        return assignments.findByReviewerId(reviewerId);
    }

    @Transactional(readOnly = true)
    public List<ReviewAssignment> assignmentsOfCall(UUID callId) {
        return assignments.findByCallId(callId);
    }

    /** Scores an application; the caller has passed {@link #access}. */
    @Transactional
    public Review submitReview(UUID applicationId, CurrentUser user, ScoreSheet sheet) {
        GrantApplication application = application(applicationId);
        FundCall call = calls.findById(application.callId()).orElseThrow();
        if (!assignments.existsByApplicationIdAndReviewerId(applicationId, user.userId())) {
            throw new ForbiddenException("fund.review.notAssigned");
        }
        if (call.status() != CallStatus.CLOSED || application.status() != ApplicationStatus.ELIGIBLE) {
            throw new ConflictException("fund.review.closed");
        }
        return saveReview(application, user, sheet, ReviewPurpose.SELECTION);
    }

    /** Evaluates a funded project's final report with the call's criteria; the caller has passed {@link #access}. */
    @Transactional
    public Review evaluate(UUID applicationId, CurrentUser user, ScoreSheet sheet) {
        GrantApplication application = application(applicationId);
        if (application.status() != ApplicationStatus.AWARDED || application.reportedAt() == null) {
            throw new ConflictException("fund.evaluation.noReport");
        }
        Review review = saveReview(application, user, sheet, ReviewPurpose.EVALUATION);
        outbox.append(new ProjectEvaluated(applicationId.toString(), application.callId().toString(),
                application.organisationId().toString(), user.userId(), review.weightedScoreHundredths(),
                review.submittedAt()));
        return review;
    }

    /**
     * The reviews of an application a member may see: its own, and the others only once it has submitted its own and
     * every assigned reviewer has submitted (no anchoring on colleagues' scores).
     */
    @Transactional(readOnly = true)
    public VisibleReviews visibleReviews(UUID applicationId, CurrentUser user) {
        List<Review> all = reviews.findByApplicationIdAndPurpose(applicationId, ReviewPurpose.SELECTION);
        Optional<Review> own = all.stream().filter(r -> r.reviewerId().equals(user.userId())).findFirst();
        Set<String> submitted = new HashSet<>();
        all.forEach(r -> submitted.add(r.reviewerId()));
        boolean everyoneDone = own.isPresent() && assignments.findByApplicationId(applicationId).stream()
                .allMatch(a -> submitted.contains(a.reviewerId()));
        Map<Review, List<ReviewScore>> shown = new LinkedHashMap<>();
        for (Review review : all) {
            if (review.reviewerId().equals(user.userId()) || everyoneDone) {
                shown.put(review, scores.findByReviewId(review.id()));
            }
        }
        return new VisibleReviews(shown, everyoneDone, all.size());
    }

    /** What {@link #visibleReviews} returns. */
    public record VisibleReviews(Map<Review, List<ReviewScore>> reviews, boolean othersVisible, int submitted) {
    }

    private Review saveReview(GrantApplication application, CurrentUser user, ScoreSheet sheet,
                              ReviewPurpose purpose) {
        if (reviews.findByApplicationIdAndReviewerIdAndPurpose(application.id(), user.userId(), purpose).isPresent()) {
            throw new ConflictException("fund.review.alreadySubmitted");
        }
        List<CallCriterion> callCriteria = criteria.findByCallIdOrderByPosition(application.callId());
        Map<String, Integer> byCode = validScores(callCriteria, sheet);
        Instant now = clock.instant();
        Review review = reviews.save(new Review(UUID.randomUUID(), application.callId(), application.id(),
                user.userId(), purpose, sheet.confidence(), Scoring.weightedHundredths(callCriteria, byCode), now));
        for (ScoreSheet.Entry entry : sheet.scores()) {
            scores.save(new ReviewScore(UUID.randomUUID(), review.id(), entry.criterion(), entry.score(),
                    entry.comment() == null || entry.comment().isBlank() ? null : entry.comment().strip()));
        }
        if (purpose == ReviewPurpose.SELECTION) {
            outbox.append(new ReviewSubmitted(application.id().toString(), application.callId().toString(),
                    user.userId(), review.weightedScoreHundredths(), now));
        }
        return review;
    }

    private static Map<String, Integer> validScores(List<CallCriterion> callCriteria, ScoreSheet sheet) {
        List<FieldErrorKey> errors = new ArrayList<>();
        Map<String, Integer> byCode = new HashMap<>();
        Set<String> known = new HashSet<>();
        callCriteria.forEach(c -> known.add(c.code()));
        for (int i = 0; i < sheet.scores().size(); i++) {
            ScoreSheet.Entry entry = sheet.scores().get(i);
            if (!known.contains(entry.criterion())) {
                errors.add(new FieldErrorKey("scores[" + i + "].criterion", "fund.review.unknownCriterion",
                        entry.criterion()));
            } else if (byCode.put(entry.criterion(), entry.score()) != null) {
                errors.add(new FieldErrorKey("scores[" + i + "].criterion", "fund.review.duplicateCriterion",
                        entry.criterion()));
            }
            if (entry.score() < Scoring.MIN_SCORE || entry.score() > Scoring.MAX_SCORE) {
                errors.add(new FieldErrorKey("scores[" + i + "].score", "fund.review.scoreRange",
                        Scoring.MIN_SCORE, Scoring.MAX_SCORE));
            }
        }
        for (CallCriterion criterion : callCriteria) {
            if (!byCode.containsKey(criterion.code())) {
                errors.add(new FieldErrorKey("scores", "fund.review.missingCriterion", criterion.code()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return byCode;
    }

    /** An automatic conflict, or a declared one. */
    private Optional<String> conflictOf(String reviewerId, GrantApplication application) {
        Optional<String> automatic = autoConflict(reviewerId, application);
        if (automatic.isPresent()) {
            return automatic;
        }
        return latestDeclaration(application.id(), reviewerId).filter(ConflictRecord::conflicted)
                .map(r -> "fund.conflict.declared");
    }

    private Optional<String> autoConflict(String reviewerId, GrantApplication application) {
        Set<UUID> reviewerOrganisations = new HashSet<>();
        members.findById(reviewerId).map(CommitteeMember::organisationId).ifPresent(reviewerOrganisations::add);
        affiliations.findByReviewerId(reviewerId).forEach(a -> reviewerOrganisations.add(a.organisationId()));
        if (reviewerOrganisations.isEmpty()) {
            return Optional.empty();
        }
        return ConflictCheck.detect(reviewerOrganisations, application.organisationId(),
                ledger.isInvestor(application.organisationId()),
                organisations.collaborationPartnersOf(application.organisationId()));
    }

    private Optional<ConflictRecord> latestDeclaration(UUID applicationId, String reviewerId) {
        List<ConflictRecord> records = register.findByApplicationIdAndReviewerIdOrderByRecordedAt(applicationId,
                reviewerId);
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    /** Registers an automatic recusal once and drops any assignment. */
    private void recuse(GrantApplication application, String reviewerId, String reason) {
        boolean alreadyRecused = register.findByApplicationIdAndReviewerIdOrderByRecordedAt(application.id(),
                reviewerId).stream().anyMatch(r -> r.automatic() && r.conflicted());
        if (!alreadyRecused) {
            log(application, reviewerId, true, true, reason, "system");
        }
        assignments.deleteByApplicationIdAndReviewerId(application.id(), reviewerId);
    }

    private ConflictRecord log(GrantApplication application, String reviewerId, boolean conflicted, boolean automatic,
                               String reason, String by) {
        Instant now = clock.instant();
        ConflictRecord record = register.save(new ConflictRecord(UUID.randomUUID(), application.callId(),
                application.id(), reviewerId, conflicted, automatic, reason, by, now));
        outbox.append(new ConflictDeclared(application.id().toString(), application.callId().toString(), reviewerId,
                conflicted, automatic, reason, now));
        return record;
    }

    private GrantApplication application(UUID id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("resource.application", id));
    }
}
