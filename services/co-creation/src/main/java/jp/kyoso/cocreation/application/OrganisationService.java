package jp.kyoso.cocreation.application;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jp.kyoso.cocreation.domain.CorporateNumber;
import jp.kyoso.cocreation.domain.Organisation;
import jp.kyoso.cocreation.domain.OrganisationStatus;
import jp.kyoso.cocreation.domain.OrganisationTransitionException;
import jp.kyoso.cocreation.persistence.OrganisationRepository;
import jp.kyoso.events.cocreation.OrganisationApplied;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;

/** Membership applications and the secretariat's decisions on them. */
@Singleton
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Outbox outbox;
    private final Clock clock;

    public OrganisationService(OrganisationRepository organisations, Outbox outbox, Clock clock) {
        this.organisations = organisations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Organisation apply(ApplyForMembership application) {
        CorporateNumber number = corporateNumberOf(application.corporateNumber());
        if (number != null && organisations.existsByCorporateNumberAndStatusNotEqual(number.value(),
                OrganisationStatus.REJECTED)) {
            throw new ConflictException("organisation.corporateNumber.taken", number.value());
        }
        Organisation organisation = organisations.save(Organisation.applied(UUID.randomUUID(),
                application.name().strip(), application.organisationType(), number,
                blankToNull(application.contactName()), blankToNull(application.contactEmail()), clock.instant()));
        outbox.append(new OrganisationApplied(organisation.id().toString(), organisation.name(),
                organisation.organisationType(), organisation.corporateNumber(), organisation.appliedAt()));
        return organisation;
    }

    @Transactional
    public Organisation approve(UUID id, String by) {
        Organisation approved = decide(id, organisation -> organisation.approve(by, clock.instant()));
        outbox.append(new OrganisationApproved(approved.id().toString(), approved.name(),
                approved.organisationType(), approved.corporateNumber(), approved.decidedAt(), by));
        return approved;
    }

    @Transactional
    public Organisation reject(UUID id, String reason, String by) {
        Organisation rejected = decide(id, organisation -> organisation.reject(reason.strip(), by, clock.instant()));
        outbox.append(new OrganisationRejected(rejected.id().toString(), rejected.rejectionReason(),
                rejected.decidedAt(), by));
        return rejected;
    }

    @Transactional(readOnly = true)
    public Organisation get(UUID id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("resource.organisation", id));
    }

    @Transactional(readOnly = true)
    public Page<Organisation> list(@Nullable OrganisationStatus status, Pageable pageable) {
        return status == null ? organisations.findAll(pageable) : organisations.findByStatus(status, pageable);
    }

    private Organisation decide(UUID id, UnaryOperator<Organisation> decision) {
        Organisation current = get(id);
        try {
            return organisations.update(decision.apply(current));
        } catch (OrganisationTransitionException e) {
            throw new ConflictException("organisation.alreadyDecided", e.current().name());
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
