package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat revoked a registration; the reason is public and the entry stays visible, flagged. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.declaration.revoked.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record DeclarationRevoked(
        String declarationId,
        String organisationId,
        String registrationNumber,
        String publicReason,
        Instant revokedAt,
        String revokedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
