package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat formed a working group (専門部会), e.g. ゼロカーボン部会. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.workinggroup.formed.v1", topic = Topics.COCREATION_WORKING_GROUP)
public record WorkingGroupFormed(
        String workingGroupId,
        String name,
        boolean closedMembership,
        boolean privateGroup,
        String formedBy,
        Instant formedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return workingGroupId;
    }
}
