package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A host department accepted a field experiment: an agreement that starts a collaboration project. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.experiment.agreed.v1", topic = Topics.CITYLAB_EXPERIMENT)
public record ExperimentAgreed(
        String experimentId,
        String organisationId,
        String departmentId,
        String title,
        Instant agreedAt,
        String agreedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return experimentId;
    }
}
