package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A member organisation proposed a field experiment (実証実験提案型) and asks for a field in the city. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.experiment.proposed.v1", topic = Topics.CITYLAB_EXPERIMENT)
public record ExperimentProposed(
        String experimentId,
        String organisationId,
        String title,
        @Nullable String testFieldId,
        List<String> sdgTargets,
        Instant proposedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return experimentId;
    }
}
