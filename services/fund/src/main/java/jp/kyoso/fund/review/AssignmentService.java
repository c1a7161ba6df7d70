package jp.kyoso.fund.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.fund.call.CallService;
import jp.kyoso.fund.call.CallStatus;
import jp.kyoso.fund.call.FundCall;
import jp.kyoso.fund.committee.CommitteeMember;
import jp.kyoso.fund.committee.CommitteeRoster;
import jp.kyoso.fund.conflict.ConflictService;
import jp.kyoso.fund.grantapplication.ApplicationService;
import jp.kyoso.fund.grantapplication.ApplicationStatus;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;

/**
 * Who reviews which application: automatically for a closed call, or by the secretariat's hand. Both lock the call
 * row, so concurrent assignments respect the call's load cap, and neither assigns a conflicted member.
 */
@Singleton
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final ReviewRepository reviews;
    private final CallService calls;
    private final ApplicationService applications;
    private final CommitteeRoster committee;
    private final ConflictService conflicts;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, ReviewRepository reviews, CallService calls,
                      ApplicationService applications, CommitteeRoster committee, ConflictService conflicts,
                      Clock clock) {
        this.assignments = assignments;
        this.reviews = reviews;
        this.calls = calls;
        this.applications = applications;
        this.committee = committee;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /**
     * Assigns reviewers to every eligible application of a closed call until each has the call's minimum, least
     * loaded members first, never a conflicted member nor one at the load cap. Returns the new assignments.
     */
    @Transactional
    public List<ReviewAssignment> assignAutomatically(UUID callId, String by) {
        FundCall call = calls.lock(callId);
        if (call.status() != CallStatus.CLOSED) {
            throw new ConflictException("fund.call.notInReview");
        }
        List<CommitteeMember> pool = committee.active();
        Map<String, Long> load = new HashMap<>();
        for (CommitteeMember member : pool) {
            load.put(member.reviewerId(), assignments.countByCallIdAndReviewerId(callId, member.reviewerId()));
        }
        List<ReviewAssignment> created = new ArrayList<>();
        for (GrantApplication application : applications.ofCallIn(callId, Set.of(ApplicationStatus.ELIGIBLE))) {
            Set<String> assigned = new HashSet<>();
            assignments.findByApplicationId(application.id()).forEach(a -> assigned.add(a.reviewerId()));
            List<CommitteeMember> candidates = pool.stream()
                    .filter(m -> !assigned.contains(m.reviewerId()))
                    .filter(m -> load.get(m.reviewerId()) < call.reviewerLoadCap())
                    .sorted(Comparator.comparing((CommitteeMember m) -> load.get(m.reviewerId()))
                            .thenComparing(CommitteeMember::reviewerId))
                    .toList();
            for (CommitteeMember candidate : candidates) {
                if (assigned.size() >= call.minReviewers()) {
                    break;
                }
                if (conflicts.conflictOf(candidate.reviewerId(), application).isPresent()) {
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
        GrantApplication application = applications.get(applicationId);
        FundCall call = calls.lock(application.callId());
        CommitteeMember member = committee.find(reviewerId)
                .orElseThrow(() -> InvalidInputException.of("reviewerId", "fund.assignment.unknownReviewer"));
        if (!member.active()) {
            throw InvalidInputException.of("reviewerId", "fund.assignment.inactiveReviewer");
        }
        if (application.status() != ApplicationStatus.ELIGIBLE) {
            throw new ConflictException("fund.application.wrongState", application.status().name());
        }
        if (conflicts.conflictOf(reviewerId, application).isPresent()) {
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
}
