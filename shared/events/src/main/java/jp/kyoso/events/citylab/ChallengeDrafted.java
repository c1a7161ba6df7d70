package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A challenge exists as a draft; {@code originIssueId} is set when it came from the co-creation issue board. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.challenge.drafted.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ChallengeDrafted(
        String challengeId,
        @Nullable String departmentId,
        String title,
        List<String> sdgTargets,
        @Nullable String originIssueId,
        Instant draftedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
