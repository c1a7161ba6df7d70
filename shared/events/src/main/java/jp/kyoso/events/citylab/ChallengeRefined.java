package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat refined a challenge (掘り下げ): a new kept version of its text and solution direction. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.challenge.refined.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ChallengeRefined(
        String challengeId,
        long version,
        String title,
        @Nullable String solutionDirection,
        Instant refinedAt,
        String refinedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
