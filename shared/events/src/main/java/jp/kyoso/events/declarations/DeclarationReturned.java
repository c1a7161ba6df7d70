package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat sent a submitted declaration back with comments; the declarant revises and resubmits. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.declaration.returned.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record DeclarationReturned(
        String declarationId,
        String organisationId,
        String comment,
        Instant returnedAt,
        String returnedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
