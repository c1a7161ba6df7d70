package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jp.kyoso.declarations.organisation.OrganisationDirectory;
import jp.kyoso.declarations.organisation.OrganisationReplica;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationRenewed;
import jp.kyoso.events.declarations.DeclarationReturned;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.events.declarations.DeclarationSubmitted;
import jp.kyoso.events.sdg.SdgSide;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Drafting, submitting, reviewing, registering, renewing and revoking declarations. */
@Singleton
public class DeclarationService {

    private final DeclarationRepository declarations;
    private final CommitmentRepository commitments;
    private final RegistrationCounterRepository counters;
    private final LatestReports latestReports;
    private final OrganisationDirectory organisations;
    private final Outbox outbox;
    private final Clock clock;

    public DeclarationService(DeclarationRepository declarations, CommitmentRepository commitments,
                              RegistrationCounterRepository counters, LatestReports latestReports,
                              OrganisationDirectory organisations, Outbox outbox, Clock clock) {
        this.declarations = declarations;
        this.commitments = commitments;
        this.counters = counters;
        this.latestReports = latestReports;
        this.organisations = organisations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public DeclarationDetails draft(DeclarationDraft draft, CurrentUser user) {
        OrganisationReplica organisation = approvedOrganisationOf(user);
        if (declarations.existsByOrganisationIdAndStatusNotEqual(organisation.organisationId(),
                DeclarationStatus.REVOKED)) {
            throw new ConflictException("declaration.alreadyExists");
        }
        UUID id = UUID.randomUUID();
        List<Commitment> rows = Commitments.of(id, draft.commitments());
        Declaration created = Declaration.draft(id, organisation, draft.text(), clock.instant(), user.username());
        try {
            created = declarations.save(created.edit(draft.text(),
                    Commitments.searchText(created.organisationName(), draft.text(), rows), created.updatedAt(),
                    user.username()));
        } catch (DataAccessException e) {
            // Two colleagues starting a declaration at the same moment: the unique index lets only one through.
            throw new ConflictException("declaration.alreadyExists");
        }
        commitments.saveAll(rows);
        return details(created);
    }

    /** Saves the whole draft if the caller edited the version that is current; otherwise 409, nothing saved. */
    @Transactional
    public DeclarationDetails update(UUID id, long expectedVersion, DeclarationDraft draft, CurrentUser user) {
        Declaration current = ownDeclaration(id, user);
        requireVersion(current, expectedVersion);
        List<Commitment> rows = Commitments.of(id, draft.commitments());
        Declaration edited = change(current, declaration -> declaration.edit(draft.text(),
                Commitments.searchText(declaration.organisationName(), draft.text(), rows), clock.instant(),
                user.username()));
        commitments.deleteByDeclarationId(id);
        commitments.saveAll(rows);
        return details(edited);
    }

    /** Submits exactly the version the caller previewed; commitments must reach all three sides. */
    @Transactional
    public DeclarationDetails submit(UUID id, long expectedVersion, CurrentUser user) {
        Declaration current = ownDeclaration(id, user);
        requireVersion(current, expectedVersion);
        List<Commitment> rows = commitments.findByDeclarationIdOrderByPosition(id);
        requireSubmittable(rows);
        boolean resubmission = current.status() == DeclarationStatus.RETURNED;
        Declaration submitted = change(current, declaration -> declaration.submit(clock.instant(), user.username()));
        outbox.append(new DeclarationSubmitted(id.toString(), submitted.organisationId().toString(),
                submitted.organisationType(), targetsOf(rows), resubmission, submitted.submittedAt(),
                user.username()));
        return details(submitted);
    }

    @Transactional
    public DeclarationDetails returnWith(UUID id, String comment, CurrentUser user) {
        Declaration returned = change(get(id), declaration -> declaration.returnWith(comment.strip(), clock.instant(),
                user.username()));
        outbox.append(new DeclarationReturned(id.toString(), returned.organisationId().toString(),
                returned.reviewComment(), returned.updatedAt(), user.username()));
        return details(returned);
    }

    /**
     * Registers a submitted declaration under the next number of the current fiscal year. The counter row is
     * updated in this transaction, so the number is gap-free: if anything below fails, the increment rolls back too.
     */
    @Transactional
    public DeclarationDetails register(UUID id, CurrentUser user) {
        Declaration current = get(id);
        if (current.status() != DeclarationStatus.SUBMITTED) {
            throw new ConflictException("declaration.wrongStatus", current.status().name());
        }
        Instant now = clock.instant();
        int fiscalYear = FiscalYear.of(now).year();
        String number = RegistrationNumber.format(fiscalYear, counters.next(fiscalYear));
        Declaration registered = change(current, declaration -> declaration.register(number, fiscalYear, now,
                user.username()));
        List<Commitment> rows = commitments.findByDeclarationIdOrderByPosition(id);
        outbox.append(new DeclarationRegistered(id.toString(), registered.organisationId().toString(),
                registered.organisationName(), registered.organisationType(), number, fiscalYear,
                registered.termStartFiscalYear(), registered.termEndFiscalYear(),
                rows.stream().map(Commitment::goal).distinct().sorted().toList(), targetsOf(rows), now,
                user.username()));
        return details(registered);
    }

    @Transactional
    public DeclarationDetails renew(UUID id, CurrentUser user) {
        Declaration current = ownDeclaration(id, user);
        Instant now = clock.instant();
        LocalDate today = now.atZone(FiscalYear.TOKYO).toLocalDate();
        Declaration renewed;
        try {
            renewed = change(current, declaration -> declaration.renew(today, FiscalYear.of(today).year(), now,
                    user.username()));
        } catch (RenewalNotOpenException e) {
            throw new ConflictException("declaration.renewalNotOpen", String.valueOf(e.termEndFiscalYear()));
        }
        outbox.append(new DeclarationRenewed(id.toString(), renewed.organisationId().toString(),
                renewed.registrationNumber(), renewed.termEndFiscalYear(), now, user.username()));
        return details(renewed);
    }

    @Transactional
    public DeclarationDetails revoke(UUID id, String publicReason, CurrentUser user) {
        return details(revokeInTransaction(get(id), publicReason.strip(), user.username()));
    }

    /** Also used when a complaint's outcome is revocation, inside that decision's transaction. */
    public Declaration revokeInTransaction(Declaration current, String publicReason, String by) {
        Instant now = clock.instant();
        Declaration revoked = change(current, declaration -> declaration.revoke(publicReason, now, by));
        outbox.append(new DeclarationRevoked(revoked.id().toString(), revoked.organisationId().toString(),
                revoked.registrationNumber(), publicReason, now, by));
        return revoked;
    }

    /** The secretariat sees every declaration; members see their own organisation's; others none. */
    @Transactional(readOnly = true)
    public DeclarationDetails view(UUID id, CurrentUser user) {
        Declaration declaration = get(id);
        if (!isSecretariat(user) && !user.belongsTo(declaration.organisationId().toString())) {
            throw new NotFoundException("resource.declaration", id);
        }
        return details(declaration);
    }

    @Transactional(readOnly = true)
    public Page<Declaration> list(@Nullable DeclarationStatus status, @Nullable UUID organisationId,
                                  Pageable pageable) {
        if (organisationId != null) {
            return declarations.findByOrganisationId(organisationId, pageable);
        }
        return status == null ? declarations.findAll(pageable) : declarations.findByStatus(status, pageable);
    }

    @Transactional(readOnly = true)
    public Declaration get(UUID id) {
        return declarations.findById(id).orElseThrow(() -> new NotFoundException("resource.declaration", id));
    }

    @Transactional(readOnly = true)
    public DeclarationDetails details(Declaration declaration) {
        return details(List.of(declaration)).get(0);
    }

    /** Declarations with their commitments and latest reports, in the given order, in three queries. */
    @Transactional(readOnly = true)
    public List<DeclarationDetails> details(List<Declaration> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = page.stream().map(Declaration::id).toList();
        Map<UUID, List<Commitment>> byDeclaration = new HashMap<>();
        commitments.findByDeclarationIdInListOrderByPosition(ids)
                .forEach(c -> byDeclaration.computeIfAbsent(c.declarationId(), k -> new ArrayList<>()).add(c));
        Map<UUID, LatestReport> latest = latestReports.of(ids);
        return page.stream().map(d -> new DeclarationDetails(d, byDeclaration.getOrDefault(d.id(), List.of()),
                latest.get(d.id()))).toList();
    }

    /** Registered declarations in force (REGISTERED or REPORT_OVERDUE): the ones the lifecycle sweep advances. */
    @Transactional(readOnly = true)
    public List<UUID> activeIds() {
        return declarations.findByStatusInList(List.of(DeclarationStatus.REGISTERED,
                DeclarationStatus.REPORT_OVERDUE)).stream().map(Declaration::id).toList();
    }

    /** The caller's organisation's declaration; 404 for anyone else, so ids of others' drafts reveal nothing. */
    public Declaration ownDeclaration(UUID id, CurrentUser user) {
        Declaration declaration = get(id);
        if (!user.belongsTo(declaration.organisationId().toString())) {
            throw new NotFoundException("resource.declaration", id);
        }
        return declaration;
    }

    /**
     * Stores one step of the declaration's life, version-checked; a step its status does not allow or a concurrent
     * change is a 409. Public because reports, the sweep and complaints move declarations too.
     */
    public Declaration change(Declaration current, UnaryOperator<Declaration> step) {
        try {
            return declarations.update(step.apply(current));
        } catch (DeclarationTransitionException e) {
            throw new ConflictException("declaration.wrongStatus", e.current().name());
        } catch (OptimisticLockException e) {
            throw new ConflictException("declaration.concurrentChange");
        }
    }

    private OrganisationReplica approvedOrganisationOf(CurrentUser user) {
        if (user.organisationId() == null) {
            throw new ForbiddenException("declaration.notAMember");
        }
        UUID organisationId;
        try {
            organisationId = UUID.fromString(user.organisationId());
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("declaration.notAMember");
        }
        return organisations.find(organisationId).filter(OrganisationReplica::isApprovedMember)
                .orElseThrow(() -> new ForbiddenException("declaration.notAMember"));
    }

    private static void requireVersion(Declaration current, long expectedVersion) {
        if (current.version() == null || current.version() != expectedVersion) {
            throw new ConflictException("declaration.staleVersion", String.valueOf(expectedVersion),
                    String.valueOf(current.version()), current.updatedBy());
        }
    }

    private static void requireSubmittable(List<Commitment> rows) {
        List<FieldErrorKey> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new FieldErrorKey("commitments", "declaration.noCommitments"));
        }
        for (SdgSide side : jp.kyoso.declarations.declaration.ThreeSides.missing(
                rows.stream().map(Commitment::target).toList())) {
            errors.add(new FieldErrorKey("commitments", "declaration.sideMissing." + side.name()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static List<String> targetsOf(List<Commitment> rows) {
        return rows.stream().map(Commitment::target).distinct().toList();
    }

    private static boolean isSecretariat(CurrentUser user) {
        return user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN);
    }
}
