package jp.kyoso.kpi.citylab;

import io.micronaut.serde.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.TestInfrastructure;

/** City Lab's events as its outbox relay puts them on Kafka. */
final class CityLabRecords {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private CityLabRecords() {
    }

    static String publish(DomainEvent event) {
        String eventId = UUID.randomUUID().toString();
        publishAs(eventId, event);
        return eventId;
    }

    static void publishAs(String eventId, DomainEvent event) {
        var descriptor = EventCatalog.of(event);
        KafkaRecords.send(TestInfrastructure.get().kafkaBootstrapServers(), descriptor.topic(), event.aggregateId(),
                CODEC.encode(event), Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/services/city-lab",
                        CloudEventHeaders.TYPE, descriptor.type(),
                        CloudEventHeaders.SUBJECT, event.aggregateId(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
