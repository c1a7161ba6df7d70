package jp.kyoso.messaging.inbox;

import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventEnvelope;

/** One event handed to {@link EventHandler#handleAll}, with the CloudEvent attributes it came with. */
public record Delivery<E extends DomainEvent>(E event, EventEnvelope envelope) {
}
