package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * The progress report for {@code reportFiscalYear} can now be filed (its fiscal year has ended) and is due on
 * {@code dueOn}; raised once per declaration and fiscal year, so the declarant can be reminded. No state changes.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.declaration.reportdue.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record DeclarationReportDue(
        String declarationId,
        String organisationId,
        String registrationNumber,
        int reportFiscalYear,
        LocalDate dueOn,
        Instant raisedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
