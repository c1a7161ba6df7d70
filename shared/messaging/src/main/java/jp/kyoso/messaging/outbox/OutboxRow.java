package jp.kyoso.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

/** One unpublished outbox row as the relay reads it. */
record OutboxRow(long seq, UUID id, String topic, String key, String type, String source, Instant occurredAt,
                 String correlationId, String payload) {
}
