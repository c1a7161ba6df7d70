package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A collaboration project finished; its short result report is public. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.project.completed.v1", topic = Topics.CITYLAB_PROJECT)
public record CollaborationProjectCompleted(
        String projectId,
        String resultReport,
        LocalDate completedOn,
        Instant completedAt,
        String completedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId;
    }
}
