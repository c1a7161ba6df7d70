package jp.kyoso.declarations.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.declarations.declaration.Declaration;
import jp.kyoso.declarations.declaration.DeclarationService;
import jp.kyoso.declarations.declaration.DeclarationStatus;
import jp.kyoso.events.declarations.ComplaintDecided;
import jp.kyoso.events.declarations.ComplaintOutcome;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;

/**
 * Complaints about registered declarants (SDGs-washing): anyone files one; the secretariat investigates and decides.
 * A "revoked" outcome revokes the registration in the same transaction, with a public reason.
 */
@Singleton
public class Complaints {

    private final ComplaintRepository complaints;
    private final DeclarationService declarations;
    private final Outbox outbox;
    private final Clock clock;

    public Complaints(ComplaintRepository complaints, DeclarationService declarations, Outbox outbox, Clock clock) {
        this.complaints = complaints;
        this.declarations = declarations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Complaint file(UUID declarationId, @Nullable String name, @Nullable String email, String body) {
        Declaration declaration = declarations.get(declarationId);
        if (!DeclarationStatus.PUBLIC.contains(declaration.status())
                || declaration.status() == DeclarationStatus.REVOKED) {
            throw new ConflictException("complaint.notRegistered");
        }
        return complaints.save(Complaint.received(UUID.randomUUID(), declarationId, blankToNull(name),
                blankToNull(email), body.strip(), clock.instant()));
    }

    @Transactional
    public Complaint investigate(UUID id, String note) {
        Complaint complaint = get(id);
        if (complaint.status() == ComplaintStatus.DECIDED) {
            throw new ConflictException("complaint.alreadyDecided");
        }
        return update(complaint.investigate(note.strip()));
    }

    @Transactional
    public Complaint decide(UUID id, ComplaintOutcome outcome, String note, @Nullable String publicReason,
                            String by) {
        Complaint complaint = get(id);
        if (complaint.status() == ComplaintStatus.DECIDED) {
            throw new ConflictException("complaint.alreadyDecided");
        }
        if (outcome == ComplaintOutcome.REVOKED && (publicReason == null || publicReason.isBlank())) {
            throw InvalidInputException.of("publicReason", "complaint.publicReasonRequired");
        }
        Instant now = clock.instant();
        Complaint decided = update(complaint.decide(outcome, note.strip(), now, by));
        Declaration declaration = declarations.get(complaint.declarationId());
        if (outcome == ComplaintOutcome.REVOKED) {
            declaration = declarations.revokeInTransaction(declaration, publicReason.strip(), by);
        }
        outbox.append(new ComplaintDecided(id.toString(), declaration.id().toString(),
                declaration.organisationId().toString(), outcome, now, by));
        return decided;
    }

    @Transactional(readOnly = true)
    public Page<Complaint> list(@Nullable ComplaintStatus status, Pageable pageable) {
        return status == null ? complaints.findAll(pageable) : complaints.findByStatus(status, pageable);
    }

    @Transactional(readOnly = true)
    public Complaint get(UUID id) {
        return complaints.findById(id).orElseThrow(() -> new NotFoundException("resource.complaint", id));
    }

    private Complaint update(Complaint complaint) {
        try {
            return complaints.update(complaint);
        } catch (OptimisticLockException e) {
            throw new ConflictException("complaint.alreadyDecided");
        }
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
