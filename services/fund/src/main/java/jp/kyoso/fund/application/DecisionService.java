package jp.kyoso.fund.application;

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
import jp.kyoso.fund.domain.ApplicationStatus;
import jp.kyoso.fund.domain.CallStatus;
import jp.kyoso.fund.domain.FundCall;
import jp.kyoso.fund.domain.GrantApplication;
import jp.kyoso.fund.domain.LedgerEntry;
import jp.kyoso.fund.domain.LedgerEntryType;
import jp.kyoso.fund.domain.Review;
import jp.kyoso.fund.domain.ReviewPurpose;
import jp.kyoso.fund.domain.Scoring;
import jp.kyoso.fund.persistence.ConflictRecordRepository;
import jp.kyoso.fund.persistence.FundAccountRepository;
import jp.kyoso.fund.persistence.FundCallRepository;
import jp.kyoso.fund.persistence.GrantApplicationRepository;
import jp.kyoso.fund.persistence.LedgerEntryRepository;
import jp.kyoso.fund.persistence.ReviewRepository;
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

    private final FundCallRepository calls;
    private final GrantApplicationRepository applications;
    private final ReviewRepository reviews;
    private final ConflictRecordRepository register;
    private final FundAccountRepository account;
    private final LedgerEntryRepository ledger;
    private final LedgerService ledgerService;
    private final DeclarationStatusLookup declarations;
    private final Outbox outbox;
    private final Clock clock;

    public DecisionService(FundCallRepository calls, GrantApplicationRepository applications,
                           ReviewRepository reviews, ConflictRecordRepository register, FundAccountRepository account,
                           LedgerEntryRepository ledger, LedgerService ledgerService,
                           DeclarationStatusLookup declarations, Outbox outbox, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.reviews = reviews;
        this.register = register;
        this.account = account;
        this.ledger = ledger;
        this.ledgerService = ledgerService;
        this.declarations = declarations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DecisionPack pack(UUID callId) {
        FundCall call = calls.findById(callId).orElseThrow(() -> new NotFoundException("resource.call", callId));
        List<RankedApplication> ranking = ranking(call);
        List<DecisionPack.ConflictLine> conflicts = register.findByCallIdOrderByRecordedAt(callId).stream()
                .map(r -> new DecisionPack.ConflictLine(r.applicationId(), r.reviewerId(), r.conflicted(),
                        r.automatic(), r.reason(), r.recordedAt()))
                .toList();
        long requested = ranking.stream().filter(r -> r.status() == ApplicationStatus.ELIGIBLE)
                .mapToLong(RankedApplication::requestedYen).sum();
        return new DecisionPack(call.id(), call.title(), call.status(), call.budgetCapYen(), call.awardedYen(),
                call.remainingBudgetYen(), account.findById(1).orElseThrow().availableYen(), requested, ranking,
                conflicts);
    }

    @Transactional
    public GrantApplication award(UUID applicationId, long amountYen, String outOfRankReason, String by) {
        GrantApplication current = applications.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("resource.application", applicationId));
        FundCall call = lockedCallInReview(current.callId());
        current = applications.findById(applicationId).orElseThrow();
        requireUndecided(current);
        if (amountYen > current.requestedYen()) {
            throw InvalidInputException.of("amountYen", "fund.decision.aboveRequested", current.requestedYen());
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
        if (calls.commitAward(call.id(), amountYen) == 0) {
            throw InvalidInputException.of("amountYen", "fund.decision.beyondCallBudget", call.remainingBudgetYen());
        }
        if (account.commitAward(amountYen) == 0) {
            throw InvalidInputException.of("amountYen", "fund.decision.beyondFundBalance",
                    account.findById(1).orElseThrow().availableYen());
        }
        Instant now = clock.instant();
        GrantApplication awarded = stored(current.awarded(amountYen, reason, now));
        ledger.save(LedgerEntry.ofGrant(LedgerEntryType.AWARD, amountYen, applicationId, now, by));
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
        FundCall call = calls.lockById(callId).orElseThrow();
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
        FundCall current = calls.findById(call.id()).orElseThrow();
        FundCall decided = calls.update(current.decided());
        long awardedCount = applications.countByCallIdAndStatusIn(call.id(), Set.of(ApplicationStatus.AWARDED));
        outbox.append(new CallDecided(decided.id().toString(), (int) awardedCount, decided.awardedYen(), now));
    }

    /** Applications ranked by total score, best first; ties keep the earlier submission first. */
    List<RankedApplication> ranking(FundCall call) {
        Map<UUID, List<Long>> scores = new HashMap<>();
        for (Review review : reviews.findByCallIdAndPurpose(call.id(), ReviewPurpose.SELECTION)) {
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
                    ledgerService.isInvestor(a.organisationId()), a.decisionReason()));
        }
        return ranking;
    }
}
