package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat asked a department to host a field experiment. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.experiment.hostassigned.v1", topic = Topics.CITYLAB_EXPERIMENT)
public record ExperimentHostAssigned(
        String experimentId,
        String departmentId,
        Instant assignedAt,
        String assignedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return experimentId;
    }
}
