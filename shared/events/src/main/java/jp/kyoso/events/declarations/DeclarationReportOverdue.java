package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The progress report was not filed by June 30: the declaration stays listed but is flagged. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.declaration.overdue.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record DeclarationReportOverdue(
        String declarationId,
        String organisationId,
        String registrationNumber,
        int reportFiscalYear,
        LocalDate dueOn,
        Instant flaggedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
