package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A committee member declared a conflict of interest or none on an application, or was recused automatically. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.conflict.declared.v1", topic = Topics.FUND_APPLICATION)
public record ConflictDeclared(
        String applicationId,
        String callId,
        String reviewerId,
        boolean conflicted,
        boolean automatic,
        @Nullable String reason,
        Instant declaredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
