package jp.kyoso.fund.grantapplication;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jp.kyoso.events.fund.ApplicationScreened;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.events.fund.ApplicationWithdrawn;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.fund.call.FundCall;
import jp.kyoso.fund.call.CallService;
import jp.kyoso.fund.continuation.Continuations;
import jp.kyoso.fund.eligibility.DeclarationStatusLookup;
import jp.kyoso.fund.organisation.OrganisationDirectory;
import jp.kyoso.fund.organisation.OrganisationReplica;
import jp.kyoso.fund.shared.TransitionException;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/**
 * Applications by members of approved organisations: drafted, edited, submitted (and screened at once) and withdrawn.
 * An organisation only ever sees its own applications; another organisation's id answers 404.
 */
@Singleton
public class ApplicationService {

    private final GrantApplicationRepository applications;
    private final BudgetLineRepository budgetLines;
    private final CallService calls;
    private final OrganisationDirectory organisations;
    private final DeclarationStatusLookup declarations;
    private final Outbox outbox;
    private final Clock clock;
    private final Continuations continuations;

    public ApplicationService(GrantApplicationRepository applications, BudgetLineRepository budgetLines,
                              CallService calls, OrganisationDirectory organisations,
                              DeclarationStatusLookup declarations, Outbox outbox, Clock clock,
                              Continuations continuations) {
        this.continuations = continuations;
        this.applications = applications;
        this.budgetLines = budgetLines;
        this.calls = calls;
        this.organisations = organisations;
        this.declarations = declarations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public GrantApplication draft(UUID callId, ApplicationContent content, CurrentUser user) {
        UUID organisationId = organisationOf(user);
        OrganisationReplica organisation = organisations.find(organisationId).filter(OrganisationReplica::approved)
                .orElseThrow(() -> new ForbiddenException("fund.application.notApprovedMember"));
        FundCall call = calls.get(callId);
        if (!call.acceptsApplicationsAt(clock.instant())) {
            throw new ConflictException("fund.call.notAccepting");
        }
        validate(call, content);
        Instant now = clock.instant();
        GrantApplication application = applications.save(new GrantApplication(UUID.randomUUID(), callId,
                organisationId, organisation.name(), user.userId(), content.title().strip(), content.plan().strip(),
                String.join(",", content.sdgTargets()), content.totalCostYen(), content.requestedYen(),
                content.expectedOutcomes().strip(), content.kpis().strip(), ApplicationStatus.DRAFT, "", null, 0, 0,
                null, null, null, null, now, null));
        saveBudget(application.id(), content);
        return application;
    }

    @Transactional
    public GrantApplication edit(UUID id, ApplicationContent content, CurrentUser user) {
        GrantApplication current = own(id, user);
        FundCall call = calls.get(current.callId());
        validate(call, content);
        GrantApplication edited = change(current, application -> application.edited(content));
        budgetLines.deleteByApplicationId(id);
        saveBudget(id, content);
        return edited;
    }

    @Transactional
    public GrantApplication submit(UUID id, CurrentUser user) {
        GrantApplication current = own(id, user);
        FundCall call = calls.get(current.callId());
        Instant now = clock.instant();
        if (!call.acceptsApplicationsAt(now)) {
            throw new ConflictException("fund.call.notAccepting");
        }
        OrganisationReplica organisation = organisations.find(current.organisationId()).orElse(null);
        List<String> reasons = Eligibility.reasons(call, organisation,
                declarations.hasActiveDeclaration(current.organisationId()));
        GrantApplication submitted = change(current, application -> application.submitted(reasons, now));
        outbox.append(new ApplicationSubmitted(id.toString(), call.id().toString(),
                submitted.organisationId().toString(), submitted.title(), submitted.sdgTargetList(),
                submitted.totalCostYen(), submitted.requestedYen(), now,
                continuations.projectOf(id).map(UUID::toString).orElse(null)));
        outbox.append(new ApplicationScreened(id.toString(), call.id().toString(),
                submitted.organisationId().toString(), reasons.isEmpty(), reasons, now));
        return submitted;
    }

    @Transactional
    public GrantApplication withdraw(UUID id, CurrentUser user) {
        GrantApplication current = own(id, user);
        GrantApplication withdrawn = change(current, GrantApplication::withdrawn);
        if (current.status() != ApplicationStatus.DRAFT) {
            outbox.append(new ApplicationWithdrawn(id.toString(), current.callId().toString(),
                    current.organisationId().toString(), clock.instant()));
        }
        return withdrawn;
    }

    @Transactional
    public GrantApplication report(UUID id, String report, CurrentUser user) {
        GrantApplication current = own(id, user);
        return change(current, application -> application.reported(report.strip(), clock.instant()));
    }

    /** The application if {@code user}'s organisation made it; 404 otherwise, so ids of others leak nothing. */
    @Transactional(readOnly = true)
    public GrantApplication own(UUID id, CurrentUser user) {
        GrantApplication application = get(id);
        if (!user.belongsTo(application.organisationId().toString())) {
            throw new NotFoundException("resource.application", id);
        }
        return application;
    }

    @Transactional(readOnly = true)
    public GrantApplication get(UUID id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("resource.application", id));
    }

    @Transactional(readOnly = true)
    public List<BudgetLine> budgetOf(UUID id) {
        return budgetLines.findByApplicationIdOrderByPosition(id);
    }

    @Transactional(readOnly = true)
    public Page<GrantApplication> mine(CurrentUser user, Pageable pageable) {
        return applications.findByOrganisationId(organisationOf(user), pageable);
    }

    /** Submitted applications of a call, for the secretariat (drafts stay private to the applicant). */
    @Transactional(readOnly = true)
    public Page<GrantApplication> ofCall(UUID callId, Pageable pageable) {
        return applications.findByCallIdAndStatusNotEqual(callId, ApplicationStatus.DRAFT, pageable);
    }

    /** The call's applications in the given states (ranking, assignment, closing). */
    @Transactional(readOnly = true)
    public List<GrantApplication> ofCallIn(UUID callId, Set<ApplicationStatus> statuses) {
        return applications.findByCallIdAndStatusIn(callId, statuses);
    }

    private void saveBudget(UUID applicationId, ApplicationContent content) {
        int position = 0;
        for (ApplicationContent.BudgetItem item : content.budget()) {
            budgetLines.save(new BudgetLine(UUID.randomUUID(), applicationId, position++, item.item().strip(),
                    item.amountYen()));
        }
    }

    private GrantApplication change(GrantApplication current, UnaryOperator<GrantApplication> change) {
        try {
            return applications.update(change.apply(current));
        } catch (TransitionException e) {
            throw new ConflictException("fund.application.wrongState", e.state());
        } catch (OptimisticLockException e) {
            throw new ConflictException("fund.concurrentChange");
        }
    }

    private static UUID organisationOf(CurrentUser user) {
        if (user.organisationId() == null) {
            throw new ForbiddenException("fund.application.noOrganisation");
        }
        return UUID.fromString(user.organisationId());
    }

    /** The rules a form cannot express alone: SDG targets, budget arithmetic, the call's limits. */
    static void validate(FundCall call, ApplicationContent content) {
        List<FieldErrorKey> errors = new ArrayList<>();
        List<String> unknown = SdgCatalog.unknownTargets(content.sdgTargets());
        if (!unknown.isEmpty()) {
            errors.add(new FieldErrorKey("sdgTargets", "fund.application.unknownSdgTarget", String.join(", ", unknown)));
        }
        if (content.sdgTargets().stream().distinct().count() != content.sdgTargets().size()) {
            errors.add(new FieldErrorKey("sdgTargets", "UniqueElements"));
        }
        long sum;
        try {
            sum = content.budgetSum();
        } catch (ArithmeticException e) {
            sum = -1;
        }
        if (sum != content.totalCostYen()) {
            errors.add(new FieldErrorKey("totalCostYen", "fund.application.totalMismatch", Math.max(sum, 0)));
        }
        if (content.requestedYen() > call.maxGrantYen()) {
            errors.add(new FieldErrorKey("requestedYen", "fund.application.aboveMaxGrant", call.maxGrantYen()));
        } else if (!call.subsidyRate().allows(content.requestedYen(), content.totalCostYen())) {
            errors.add(new FieldErrorKey("requestedYen", "fund.application.aboveSubsidyRate",
                    call.subsidyNumerator(), call.subsidyDenominator(),
                    call.subsidyRate().maximumFor(content.totalCostYen())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
