package jp.kyoso.events;

import java.time.Instant;

/**
 * The CloudEvents attributes of one event as it travels: written by the outbox, read back by consumers.
 *
 * @param correlationId the request that caused the event, carried across services for the logs; may be null
 */
public record EventEnvelope(
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String correlationId) {
}
