package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A host department declined a field experiment; the reason is shown to the proposer. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.experiment.declined.v1", topic = Topics.CITYLAB_EXPERIMENT)
public record ExperimentDeclined(
        String experimentId,
        String departmentId,
        String reason,
        Instant declinedAt,
        String declinedBy,
        @Nullable String organisationId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return experimentId;
    }
}
