package jp.kyoso.kpi;

import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventDescriptor;
import jp.kyoso.testsupport.KafkaRecords;

/**
 * Puts any event on its topic as the publishing service's outbox relay would: CloudEvents binary mode, keyed by its
 * aggregate, so kpi tests feed the real consumer without the other services running.
 */
public final class EventRecords {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private EventRecords() {
    }

    /** Publishes under a fresh event id; returns it. */
    public static String publish(String bootstrapServers, DomainEvent event) {
        String eventId = UUID.randomUUID().toString();
        publishAs(bootstrapServers, eventId, event);
        return eventId;
    }

    /** Publishes under the given event id (the same id twice is a redelivery). */
    public static void publishAs(String bootstrapServers, String eventId, DomainEvent event) {
        EventDescriptor descriptor = EventCatalog.of(event);
        String context = descriptor.type().split("\\.")[2];
        KafkaRecords.send(bootstrapServers, descriptor.topic(), event.aggregateId(), CODEC.encode(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/services/" + context,
                        CloudEventHeaders.TYPE, descriptor.type(),
                        CloudEventHeaders.SUBJECT, event.aggregateId(),
                        CloudEventHeaders.TIME, Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
