package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat took a drafted challenge up for refinement (DRAFT to IN_REFINEMENT). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.challenge.refinementstarted.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ChallengeRefinementStarted(
        String challengeId,
        Instant startedAt,
        String startedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
