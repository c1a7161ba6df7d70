package jp.kyoso.declarations.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.declarations.ComplaintOutcome;

/**
 * Anyone's complaint about a registered declarant (e.g. SDGs-washing). The complainant's contact details are seen by
 * the secretariat only; the investigation note and outcome are the secretariat's record.
 */
@MappedEntity("complaint")
public record Complaint(
        @Id UUID id,
        UUID declarationId,
        @Nullable String complainantName,
        @Nullable String complainantEmail,
        String body,
        ComplaintStatus status,
        @Nullable String investigationNote,
        @Nullable ComplaintOutcome outcome,
        Instant filedAt,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable @Version Long version) {

    public static Complaint received(UUID id, UUID declarationId, @Nullable String name, @Nullable String email,
                                     String body, Instant at) {
        return new Complaint(id, declarationId, name, email, body, ComplaintStatus.RECEIVED, null, null, at, null,
                null, null);
    }

    public Complaint investigate(String note) {
        if (status == ComplaintStatus.DECIDED) {
            throw new IllegalStateException("complaint already decided");
        }
        return new Complaint(id, declarationId, complainantName, complainantEmail, body,
                ComplaintStatus.INVESTIGATING, note, null, filedAt, null, null, version);
    }

    public Complaint decide(ComplaintOutcome decided, String note, Instant at, String by) {
        if (status == ComplaintStatus.DECIDED) {
            throw new IllegalStateException("complaint already decided");
        }
        return new Complaint(id, declarationId, complainantName, complainantEmail, body, ComplaintStatus.DECIDED,
                note, decided, filedAt, at, by, version);
    }
}
