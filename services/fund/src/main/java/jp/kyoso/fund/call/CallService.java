package jp.kyoso.fund.call;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.fund.CallClosed;
import jp.kyoso.events.fund.CallOpened;
import jp.kyoso.fund.shared.TransitionException;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;

/** Calls for applications: set up as drafts, opened, closed for review; their rules are fixed once open. */
@Singleton
public class CallService {

    private final FundCallRepository calls;
    private final CallCriterionRepository criteria;
    private final SubmittedApplications submitted;
    private final Outbox outbox;
    private final Clock clock;

    public CallService(FundCallRepository calls, CallCriterionRepository criteria,
                       SubmittedApplications submitted, Outbox outbox, Clock clock) {
        this.calls = calls;
        this.criteria = criteria;
        this.submitted = submitted;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public FundCall create(CallDraft draft, String by) {
        validate(draft);
        FundCall call = calls.save(new FundCall(UUID.randomUUID(), draft.title().strip(), draft.purpose().strip(),
                String.join(",", draft.allowedOrganisationTypes()), draft.requireActiveDeclaration(),
                draft.budgetCapYen(), draft.maxGrantYen(), draft.subsidyNumerator(), draft.subsidyDenominator(),
                draft.declarationBonusHundredths(), draft.minReviewers(), draft.reviewerLoadCap(), draft.blindReview(),
                draft.opensAt(), draft.closesAt(), CallStatus.DRAFT, 0, by, clock.instant(), null));
        int position = 0;
        for (CallDraft.Criterion criterion : draft.criteria()) {
            criteria.save(new CallCriterion(UUID.randomUUID(), call.id(), position++, criterion.code().strip(),
                    criterion.name().strip(), criterion.weight(), criterion.inTotal()));
        }
        return call;
    }

    @Transactional
    public FundCall open(UUID id, String by) {
        FundCall current = get(id);
        Instant now = clock.instant();
        if (!current.closesAt().isAfter(now)) {
            throw new ConflictException("fund.call.closesInPast");
        }
        FundCall opened = transition(current, FundCall::open);
        outbox.append(new CallOpened(opened.id().toString(), opened.title(), opened.budgetCapYen(),
                opened.maxGrantYen(), opened.opensAt(), opened.closesAt(), now, by));
        return opened;
    }

    @Transactional
    public FundCall close(UUID id, String by) {
        FundCall closed = transition(get(id), FundCall::close);
        long count = submitted.countOf(id);
        outbox.append(new CallClosed(closed.id().toString(), (int) count, clock.instant(), by));
        return closed;
    }

    @Transactional(readOnly = true)
    public FundCall get(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("resource.call", id));
    }

    /** Locks the call row for the rest of the caller's transaction: assignments and decisions on a call queue here. */
    @Transactional
    public FundCall lock(UUID id) {
        return calls.lockById(id).orElseThrow(() -> new NotFoundException("resource.call", id));
    }

    /** Adds an award to the call's total unless it would pass the budget cap; false when refused. */
    @Transactional
    public boolean commitAward(UUID id, long amountYen) {
        return calls.commitAward(id, amountYen) > 0;
    }

    /** The call's last application is decided: CLOSED → DECIDED. */
    @Transactional
    public FundCall decided(UUID id) {
        return calls.update(get(id).decided());
    }

    @Transactional(readOnly = true)
    public List<CallCriterion> criteriaOf(UUID callId) {
        return criteria.findByCallIdOrderByPosition(callId);
    }

    /** Drafts are the secretariat's working copies; everyone else sees published calls only. */
    @Transactional(readOnly = true)
    public Page<FundCall> list(boolean includeDrafts, @io.micronaut.core.annotation.Nullable String query,
                               Pageable pageable) {
        Set<CallStatus> statuses = includeDrafts ? EnumSet.allOf(CallStatus.class)
                : EnumSet.of(CallStatus.OPEN, CallStatus.CLOSED, CallStatus.DECIDED);
        if (query == null || query.isBlank()) {
            return calls.findByStatusIn(statuses, pageable);
        }
        String literal = query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return calls.findByTitleIlikeAndStatusIn("%" + literal + "%", statuses, pageable);
    }

    private FundCall transition(FundCall current, UnaryOperator<FundCall> change) {
        try {
            return calls.update(change.apply(current));
        } catch (TransitionException e) {
            throw new ConflictException("fund.call.wrongState", e.state());
        } catch (OptimisticLockException e) {
            throw new ConflictException("fund.concurrentChange");
        }
    }

    private static void validate(CallDraft draft) {
        List<FieldErrorKey> errors = new ArrayList<>();
        if (!draft.closesAt().isAfter(draft.opensAt())) {
            errors.add(new FieldErrorKey("closesAt", "fund.call.closesBeforeOpening"));
        }
        if (draft.maxGrantYen() > draft.budgetCapYen()) {
            errors.add(new FieldErrorKey("maxGrantYen", "fund.call.maxGrantAboveCap", draft.budgetCapYen()));
        }
        if (draft.subsidyNumerator() > draft.subsidyDenominator()) {
            errors.add(new FieldErrorKey("subsidyNumerator", "fund.call.subsidyRateAboveOne"));
        }
        for (String type : draft.allowedOrganisationTypes()) {
            try {
                OrganisationType.valueOf(type);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldErrorKey("allowedOrganisationTypes", "fund.call.unknownOrganisationType", type));
            }
        }
        Set<String> codes = new HashSet<>();
        for (CallDraft.Criterion criterion : draft.criteria()) {
            if (!codes.add(criterion.code().strip())) {
                errors.add(new FieldErrorKey("criteria", "fund.call.duplicateCriterion", criterion.code()));
            }
        }
        if (draft.criteria().stream().noneMatch(CallDraft.Criterion::inTotal)) {
            errors.add(new FieldErrorKey("criteria", "fund.call.noCriterionInTotal"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
