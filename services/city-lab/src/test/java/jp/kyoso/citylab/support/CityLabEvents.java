package jp.kyoso.citylab.support;

import static org.awaitility.Awaitility.await;

import io.micronaut.serde.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.citylab.organisation.OrganisationReplicaRepository;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Sends co-creation events as its relay would, and reads City Lab's own events back from Kafka. */
public final class CityLabEvents {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private CityLabEvents() {
    }

    public static void publish(DomainEvent event) {
        var descriptor = EventCatalog.of(event);
        KafkaRecords.send(kafka(), descriptor.topic(), event.aggregateId(), CODEC.encode(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.SOURCE, "/services/co-creation",
                        CloudEventHeaders.TYPE, descriptor.type(),
                        CloudEventHeaders.SUBJECT, event.aggregateId(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }

    /** Approves the organisations as co-creation would, and waits until City Lab's replica holds every one of them. */
    public static void approve(OrganisationReplicaRepository replica, OrganisationType type, Map<UUID, String> names) {
        names.forEach((id, name) -> publish(new OrganisationApproved(id.toString(), name, type, null, Instant.now(),
                "secretariat")));
        await().atMost(Duration.ofSeconds(30)).until(() -> names.keySet().stream().allMatch(replica::existsById));
    }

    /** The CloudEvents types on {@code topic} about {@code subject}, in order. */
    public static List<String> types(String topic, String subject) {
        return records(topic, subject).stream().map(r -> KafkaRecords.header(r, CloudEventHeaders.TYPE)).toList();
    }

    public static List<ConsumerRecord<byte[], byte[]>> records(String topic, String subject) {
        return KafkaRecords.withSubject(kafka(), topic, subject);
    }

    public static DomainEvent decode(ConsumerRecord<byte[], byte[]> record) {
        return CODEC.decode(KafkaRecords.header(record, CloudEventHeaders.TYPE), record.value());
    }

    private static String kafka() {
        return TestInfrastructure.get().kafkaBootstrapServers();
    }
}
