package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat asked the owning department to sign off the refined challenge (IN_REFINEMENT to AWAITING_SIGNOFF). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.challenge.signoffrequested.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ChallengeSignoffRequested(
        String challengeId,
        @Nullable String departmentId,
        long version,
        Instant requestedAt,
        String requestedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
