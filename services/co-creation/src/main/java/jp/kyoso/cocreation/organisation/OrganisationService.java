package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jp.kyoso.cocreation.membership.MembershipService;
import jp.kyoso.cocreation.seed.SeedService;
import jp.kyoso.events.cocreation.MemberRole;
import jp.kyoso.events.cocreation.OrganisationApplied;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationReinstated;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.events.cocreation.OrganisationSuspended;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.cocreation.OrganisationWithdrawn;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/** Membership applications, the secretariat's decisions on them, and the organisation's later suspension or exit. */
@Singleton
public class OrganisationService {

    /** Statuses after which the corporate number is free for a new application. */
    static final Set<OrganisationStatus> FINAL = Set.of(OrganisationStatus.REJECTED, OrganisationStatus.WITHDRAWN);

    private final OrganisationRepository organisations;
    private final MembershipService memberships;
    private final SeedService seeds;
    private final Outbox outbox;
    private final Clock clock;

    public OrganisationService(OrganisationRepository organisations, MembershipService memberships, SeedService seeds,
                               Outbox outbox, Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.seeds = seeds;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Organisation apply(ApplyForMembership application) {
        CorporateNumber number = corporateNumberOf(application.corporateNumber());
        if (number != null && organisations.existsByCorporateNumberAndStatusNotInList(number.value(), FINAL)) {
            throw new ConflictException("organisation.corporateNumber.taken", number.value());
        }
        return applied(UUID.randomUUID(), application.name().strip(), application.organisationType(), number,
                blankToNull(application.contactName()), blankToNull(application.contactEmail()));
    }

    /** Approval makes the organisation a member and invites its contact person as its first admin. */
    @Transactional
    public Organisation approve(UUID id, String by) {
        Organisation approved = decide(id, organisation -> organisation.approve(by, clock.instant()));
        approved(approved, by);
        return approved;
    }

    /**
     * Admits an organisation the secretariat already knows (a council member, a demo organisation) under the given
     * id: the same events as an application approved at once, so every projection sees an ordinary member.
     */
    @Transactional
    public Organisation admit(UUID id, String name, OrganisationType type, @Nullable CorporateNumber number,
                              @Nullable String contactName, @Nullable String contactEmail, String by) {
        Organisation organisation = applied(id, name, type, number, contactName, contactEmail);
        Organisation approved = organisations.update(organisation.approve(by, clock.instant()));
        approved(approved, by);
        return approved;
    }

    @Transactional
    public Organisation reject(UUID id, String reason, String by) {
        Organisation rejected = decide(id, organisation -> organisation.reject(reason.strip(), by, clock.instant()));
        outbox.append(new OrganisationRejected(rejected.id().toString(), rejected.rejectionReason(),
                rejected.decidedAt(), by));
        return rejected;
    }

    @Transactional
    public Organisation suspend(UUID id, String reason, String by) {
        Organisation suspended = change(id, organisation -> organisation.suspend(reason.strip(), by, clock.instant()));
        outbox.append(new OrganisationSuspended(suspended.id().toString(), suspended.statusReason(),
                suspended.statusChangedAt(), by));
        return suspended;
    }

    @Transactional
    public Organisation reinstate(UUID id, String by) {
        Organisation reinstated = change(id, organisation -> organisation.reinstate(by, clock.instant()));
        outbox.append(new OrganisationReinstated(reinstated.id().toString(), reinstated.statusChangedAt(), by));
        return reinstated;
    }

    /** The organisation's own admins leave; the secretariat may also remove an organisation that asked by letter. */
    @Transactional
    public Organisation withdraw(UUID id, @Nullable String reason, CurrentUser actor) {
        get(id);
        if (!memberships.isAdmin(id, actor)) {
            throw new ForbiddenException("member.adminOnly");
        }
        Organisation withdrawn = change(id, organisation -> organisation.withdraw(blankToNull(reason),
                actor.username(), clock.instant()));
        outbox.append(new OrganisationWithdrawn(withdrawn.id().toString(), withdrawn.statusReason(),
                withdrawn.statusChangedAt(), actor.username()));
        seeds.withdrawAllOf(id, actor.username());
        return withdrawn;
    }

    @Transactional(readOnly = true)
    public Organisation get(UUID id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("resource.organisation", id));
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(UUID id) {
        return organisations.findById(id);
    }

    @Transactional(readOnly = true)
    public Page<Organisation> list(@Nullable OrganisationStatus status, Pageable pageable) {
        return status == null ? organisations.findAll(pageable) : organisations.findByStatus(status, pageable);
    }

    private Organisation applied(UUID id, String name, OrganisationType type, @Nullable CorporateNumber number,
                                 @Nullable String contactName, @Nullable String contactEmail) {
        Organisation organisation = organisations.save(Organisation.applied(id, name, type, number, contactName,
                contactEmail, clock.instant()));
        outbox.append(new OrganisationApplied(organisation.id().toString(), organisation.name(),
                organisation.organisationType(), organisation.corporateNumber(), organisation.appliedAt()));
        return organisation;
    }

    private void approved(Organisation approved, String by) {
        outbox.append(new OrganisationApproved(approved.id().toString(), approved.name(),
                approved.organisationType(), approved.corporateNumber(), approved.decidedAt(), by));
        if (approved.contactEmail() != null) {
            memberships.inviteOnBehalf(approved, approved.contactEmail(), MemberRole.ADMIN, by);
        }
    }

    private Organisation decide(UUID id, UnaryOperator<Organisation> decision) {
        return transition(id, decision, "organisation.alreadyDecided");
    }

    private Organisation change(UUID id, UnaryOperator<Organisation> change) {
        return transition(id, change, "organisation.statusForbids");
    }

    private Organisation transition(UUID id, UnaryOperator<Organisation> decision, String refusal) {
        Organisation current = get(id);
        try {
            return organisations.update(decision.apply(current));
        } catch (OrganisationTransitionException e) {
            throw new ConflictException(refusal, e.current().name());
        } catch (OptimisticLockException e) {
            throw new ConflictException("organisation.concurrentDecision");
        }
    }

    private static CorporateNumber corporateNumberOf(@Nullable String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return CorporateNumber.parse(input)
                .orElseThrow(() -> InvalidInputException.of("corporateNumber", "corporateNumber.invalid"));
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
