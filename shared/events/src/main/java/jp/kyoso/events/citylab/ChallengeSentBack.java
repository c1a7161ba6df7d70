package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The owning department asked for changes instead of signing off (AWAITING_SIGNOFF to IN_REFINEMENT). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.challenge.sentback.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ChallengeSentBack(
        String challengeId,
        @Nullable String departmentId,
        Instant sentBackAt,
        String sentBackBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
