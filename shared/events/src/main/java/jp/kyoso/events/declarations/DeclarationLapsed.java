package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The declaration lapsed (report not filed by December 31, or its term ended unrenewed): shown publicly as lapsed, no longer active. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.declaration.lapsed.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record DeclarationLapsed(
        String declarationId,
        String organisationId,
        String registrationNumber,
        LapseReason reason,
        @Nullable Integer reportFiscalYear,
        Instant lapsedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
