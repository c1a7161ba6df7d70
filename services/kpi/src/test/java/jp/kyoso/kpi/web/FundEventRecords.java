package jp.kyoso.kpi.web;

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

/** Object mother: fund events as the fund service's relay puts them on Kafka. */
final class FundEventRecords {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private FundEventRecords() {
    }

    static void publish(String bootstrapServers, DomainEvent event) {
        publishAs(bootstrapServers, UUID.randomUUID().toString(), event);
    }

    static void publishAs(String bootstrapServers, String eventId, DomainEvent event) {
        EventDescriptor descriptor = EventCatalog.of(event);
        KafkaRecords.send(bootstrapServers, descriptor.topic(), event.aggregateId(), CODEC.encode(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/services/fund",
                        CloudEventHeaders.TYPE, descriptor.type(),
                        CloudEventHeaders.SUBJECT, event.aggregateId(),
                        CloudEventHeaders.TIME, Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
