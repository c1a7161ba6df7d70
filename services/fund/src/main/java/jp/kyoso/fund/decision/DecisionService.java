package jp.kyoso.fund.decision;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationRejected;
import jp.kyoso.events.fund.CallDecided;
import jp.kyoso.fund.call.CallService;
import jp.kyoso.fund.call.CallStatus;
import jp.kyoso.fund.call.FundCall;
import jp.kyoso.fund.conflict.ConflictLine;
import jp.kyoso.fund.conflict.ConflictService;
import jp.kyoso.fund.eligibility.DeclarationStatusLookup;
import jp.kyoso.fund.grantapplication.ApplicationStatus;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.fund.grantapplication.GrantApplicationRepository;
import jp.kyoso.fund.ledger.LedgerService;
import jp.kyoso.fund.review.Review;
import jp.kyoso.fund.review.Scoring;
import jp.kyoso.fund.review.ScoringService;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;

/**
 * The committee's decisions as the secretariat records them. Every decision locks the call row first, so decisions
 * on one call are serialised and its budget cap holds; the fund's balance is guarded by a conditional update on the
 * fund account, which holds across calls too.
 */
@Singleton
public class DecisionService {

    private static final Set<ApplicationStatus> RANKED =
            EnumSet.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.AWARDED, ApplicationStatus.REJECTED);

    private final CallService calls;
    private final GrantApplicationRepository applications;
    private final ScoringService scoring;
    private final ConflictService conflicts;
    private final LedgerService ledger;
    private final DeclarationStatusLookup declarations;
    private final Outbox outbox;
    private final Clock clock;

    DecisionService(CallService calls, GrantApplicationRepository applications, ScoringService scoring,
                    ConflictService conflicts, LedgerService ledger, DeclarationStatusLookup declarations,
                    Outbox outbox, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.scoring = scoring;
        this.conflicts = conflicts;
        this.ledger = ledger;
        this.declarations = declarations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DecisionPack pack(UUID callId) {
        FundCall call = calls.get(callId);
        List<RankedApplication> ranking = ranking(call);
        List<ConflictLine> register = conflicts.registerOfCall(callId).stream().map(ConflictLine::of).toList();
        long requested = ranking.stream().filter(r -> r.status() == ApplicationStatus.ELIGIBLE)
                .mapToLong(RankedApplication::requestedYen).sum();
        return new DecisionPack(call.id(), call.title(), call.status(), call.budgetCapYen(), call.awardedYen(),
                call.remainingBudgetYen(), ledger.balance().availableYen(), requested, ranking, register);
    }

    @Transactional
    public GrantApplication award(UUID applicationId, long amountYen, String outOfRankReason, String by) {
        GrantApplication current = applications.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("resource.application", applicationId));
        FundCall call = lockedCallInReview(current.callId());
        current = applications.findById(applicationId).orElseThrow();
        requireUndecided(current);
        if (amountYen > current.requestedYen()) {
            throw InvalidInputException.of("awardedYen", "fund.decision.aboveRequested", current.requestedYen());
        }
        List<RankedApplication> ranking = ranking(call);
        RankedApplication line = ranking.stream().filter(r -> r.applicationId().equals(applicationId)).findFirst()
                .orElseThrow();
        boolean outOfOrder = ranking.stream()
                .anyMatch(r -> r.rank() < line.rank() && r.status() != ApplicationStatus.AWARDED);
        String reason = outOfRankReason == null || outOfRankReason.isBlank() ? null : outOfRankReason.strip();
        if (outOfOrder && reason == null) {
            throw InvalidInputException.of("outOfRankReason", "fund.decision.outOfRankReasonRequired", line.rank());
        }
        if (!calls.commitAward(call.id(), amountYen)) {
            throw InvalidInputException.of("awardedYen", "fund.decision.beyondCallBudget", call.remainingBudgetYen());
        }
        Instant now = clock.instant();
        if (!ledger.commitAward(amountYen, applicationId, now, by)) {
            throw InvalidInputException.of("awardedYen", "fund.decision.beyondFundBalance",
                    ledger.balance().availableYen());
        }
        GrantApplication awarded = stored(current.awarded(amountYen, reason, now));
        outbox.append(new ApplicationAwarded(applicationId.toString(), call.id().toString(),
                awarded.organisationId().toString(), amountYen, awarded.requestedYen(), line.rank(), reason, now, by));
        closeIfAllDecided(call, now);
        return awarded;
    }

    @Transactional
    public GrantApplication reject(UUID applicationId, String reason, String by) {
        GrantApplication current = applications.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("resource.application", applicationId));
        FundCall call = lockedCallInReview(current.callId());
        current = applications.findById(applicationId).orElseThrow();
        requireUndecided(current);
        Instant now = clock.instant();
        GrantApplication rejected = stored(current.rejected(reason.strip(), now));
        outbox.append(new ApplicationRejected(applicationId.toString(), call.id().toString(),
                rejected.organisationId().toString(), rejected.decisionReason(), now, by));
        closeIfAllDecided(call, now);
        return rejected;
    }

    /** The applicant may withdraw at the same moment: the version check turns that race into a 409. */
    private GrantApplication stored(GrantApplication decided) {
        try {
            return applications.update(decided);
        } catch (OptimisticLockException e) {
            throw new ConflictException("fund.concurrentChange");
        }
    }

    private FundCall lockedCallInReview(UUID callId) {
        FundCall call = calls.lock(callId);
        if (call.status() != CallStatus.CLOSED) {
            throw new ConflictException("fund.call.notInReview");
        }
        return call;
    }

    private static void requireUndecided(GrantApplication application) {
        if (application.status() != ApplicationStatus.ELIGIBLE) {
            throw new ConflictException("fund.application.wrongState", application.status().name());
        }
    }

    private void closeIfAllDecided(FundCall call, Instant now) {
        if (applications.countByCallIdAndStatusIn(call.id(), Set.of(ApplicationStatus.ELIGIBLE)) > 0) {
            return;
        }
        FundCall decided = calls.decided(call.id());
        long awardedCount = applications.countByCallIdAndStatusIn(call.id(), Set.of(ApplicationStatus.AWARDED));
        outbox.append(new CallDecided(decided.id().toString(), (int) awardedCount, decided.awardedYen(), now));
    }

    /** Applications ranked by total score, best first; ties keep the earlier submission first. */
    List<RankedApplication> ranking(FundCall call) {
        Map<UUID, List<Long>> scores = new HashMap<>();
        for (Review review : scoring.selectionReviewsOf(call.id())) {
            scores.computeIfAbsent(review.applicationId(), id -> new ArrayList<>())
                    .add(review.weightedScoreHundredths());
        }
        record Scored(GrantApplication application, Scoring.Aggregate aggregate) {
        }
        List<Scored> scored = applications.findByCallIdAndStatusIn(call.id(), RANKED).stream()
                .map(a -> new Scored(a, Scoring.aggregate(scores.getOrDefault(a.id(), List.of()),
                        declarations.hasActiveDeclaration(a.organisationId()) ? call.declarationBonusHundredths() : 0)))
                .sorted(Comparator.comparingLong((Scored s) -> -s.aggregate().totalHundredths())
                        .thenComparing(s -> s.application().submittedAt()))
                .toList();
        List<RankedApplication> ranking = new ArrayList<>();
        int rank = 0;
        for (Scored s : scored) {
            GrantApplication a = s.application();
            Scoring.Aggregate g = s.aggregate();
            ranking.add(new RankedApplication(++rank, a.id(), a.title(), a.organisationId(), a.organisationName(),
                    a.status(), a.requestedYen(), a.awardedYen(), g.reviews(), call.minReviewers(),
                    g.meanHundredths(), g.spreadHundredths(), g.bonusHundredths(), g.totalHundredths(), g.outlier(),
                    ledger.isInvestor(a.organisationId()), a.decisionReason()));
        }
        return ranking;
    }
}
