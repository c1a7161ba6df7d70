package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The owning department signed off the refined challenge; the secretariat may now publish it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.challenge.signedoff.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ChallengeSignedOff(
        String challengeId,
        @Nullable String departmentId,
        Instant signedOffAt,
        String signedOffBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
