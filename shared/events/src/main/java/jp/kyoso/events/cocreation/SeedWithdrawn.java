package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A seed is no longer offered; matching must stop suggesting it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.seed.withdrawn.v1", topic = Topics.COCREATION_SEED)
public record SeedWithdrawn(String seedId, String organisationId, Instant withdrawnAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return seedId;
    }
}
