package jp.kyoso.cocreation.support;

import io.micronaut.serde.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventDescriptor;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.TestInfrastructure;

/** Publishes events as City Lab's relay would: CloudEvents binary mode, keyed by the aggregate id. */
public final class CityLabEvents {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private CityLabEvents() {
    }

    /** @return the CloudEvents id used, so a test can send the same event twice */
    public static String publish(DomainEvent event) {
        String id = UUID.randomUUID().toString();
        publish(event, id);
        return id;
    }

    public static void publish(DomainEvent event, String eventId) {
        EventDescriptor descriptor = EventCatalog.of(event.getClass());
        KafkaRecords.send(TestInfrastructure.get().kafkaBootstrapServers(), descriptor.topic(), event.aggregateId(),
                CODEC.encode(event), Map.of(
                        CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/services/city-lab",
                        CloudEventHeaders.TYPE, descriptor.type(),
                        CloudEventHeaders.SUBJECT, event.aggregateId(),
                        CloudEventHeaders.TIME, "2025-06-01T00:00:00Z",
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
