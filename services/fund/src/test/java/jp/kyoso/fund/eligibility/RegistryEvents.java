package jp.kyoso.fund.eligibility;

import io.micronaut.serde.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.Topics;
import jp.kyoso.testsupport.KafkaRecords;

/** Object mother: the declaration registry's events as its outbox relay publishes them. */
final class RegistryEvents {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private RegistryEvents() {
    }

    static void publish(String kafka, DomainEvent event) {
        KafkaRecords.send(kafka, Topics.DECLARATIONS_DECLARATION, event.aggregateId(), CODEC.encode(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.SOURCE, "/services/declarations",
                        CloudEventHeaders.TYPE, EventCatalog.of(event).type(),
                        CloudEventHeaders.SUBJECT, event.aggregateId(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
