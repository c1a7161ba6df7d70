package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A file of declaration evidence was removed (kept for the audit trail). {@code ownerKind} says what it belonged to. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.declaration.attachmentremoved.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record DeclarationAttachmentRemoved(
        String attachmentId,
        String ownerKind,
        String ownerId,
        String organisationId,
        String fileName,
        String sha256,
        long sizeBytes,
        Instant removedAt,
        String removedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return ownerId;
    }
}
