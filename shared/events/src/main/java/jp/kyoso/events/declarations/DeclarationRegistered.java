package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;

/** The secretariat registered a declaration: it has its number and a term of three fiscal years; the fund and the KPIs count it as active. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.declaration.registered.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record DeclarationRegistered(
        String declarationId,
        String organisationId,
        String organisationName,
        OrganisationType organisationType,
        String registrationNumber,
        int fiscalYear,
        int termStartFiscalYear,
        int termEndFiscalYear,
        List<Integer> goals,
        List<String> sdgTargets,
        Instant registeredAt,
        String registeredBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
