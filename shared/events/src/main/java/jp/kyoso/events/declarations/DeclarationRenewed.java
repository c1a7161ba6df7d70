package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A registered declaration was renewed near the end of its term for another three fiscal years. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.declaration.renewed.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record DeclarationRenewed(
        String declarationId,
        String organisationId,
        String registrationNumber,
        int termEndFiscalYear,
        Instant renewedAt,
        String renewedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
