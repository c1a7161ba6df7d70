package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A declarant filed its yearly progress report for a fiscal year; filed late it may reactivate an overdue or lapsed declaration. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.declaration.reported.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record DeclarationProgressReported(
        String declarationId,
        String organisationId,
        String registrationNumber,
        int reportFiscalYear,
        boolean onTime,
        boolean reactivated,
        Instant filedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
