package jp.kyoso.declarations.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.declarations.ComplaintOutcome;

/** A complaint as the secretariat sees it (the complainant gets only id and status back). */
@Serdeable
public record ComplaintView(UUID id, UUID declarationId, @Nullable String complainantName,
                            @Nullable String complainantEmail, String body, ComplaintStatus status,
                            @Nullable String investigationNote, @Nullable ComplaintOutcome outcome, Instant filedAt,
                            @Nullable Instant decidedAt) {

    static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id(), c.declarationId(), c.complainantName(), c.complainantEmail(), c.body(),
                c.status(), c.investigationNote(), c.outcome(), c.filedAt(), c.decidedAt());
    }
}
