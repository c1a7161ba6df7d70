package jp.kyoso.fund.shared;

import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventDescriptor;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.TestInfrastructure;

/** Object mother: other services' events as their relays put them on Kafka. */
public final class PlatformEvents {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private PlatformEvents() {
    }

    /** Publishes the approval of a new organisation; returns its id. */
    public static UUID approvedOrganisation(String name, OrganisationType type) {
        UUID id = UUID.randomUUID();
        publish(new OrganisationApproved(id.toString(), name, type, null, Instant.now(), "secretariat"));
        return id;
    }

    /** Publishes the start of a collaboration project of {@code partners}; returns its id. */
    public static UUID collaborationProject(UUID... partners) {
        UUID project = UUID.randomUUID();
        publish(new CollaborationProjectStarted(project.toString(), ProjectOrigin.CHALLENGE, null, null,
                null, "連携事業", java.util.Arrays.stream(partners).map(UUID::toString).toList(), null, List.of("11.3"),
                LocalDate.now(), Instant.now()));
        return project;
    }

    public static void publish(DomainEvent event) {
        EventDescriptor descriptor = EventCatalog.of(event);
        KafkaRecords.send(TestInfrastructure.get().kafkaBootstrapServers(), descriptor.topic(), event.aggregateId(),
                CODEC.encode(event), Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.SOURCE, "/services/test",
                        CloudEventHeaders.TYPE, descriptor.type(),
                        CloudEventHeaders.SUBJECT, event.aggregateId(),
                        CloudEventHeaders.TIME, Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
