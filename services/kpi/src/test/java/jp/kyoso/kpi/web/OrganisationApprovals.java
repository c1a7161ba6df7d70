package jp.kyoso.kpi.web;

import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.KafkaRecords;

/** Object mother: OrganisationApproved CloudEvents as co-creation's relay puts them on the topic. */
final class OrganisationApprovals {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private OrganisationApprovals() {
    }

    /** Publishes one approval under a fresh event id; returns that id. */
    static String publish(String bootstrapServers, OrganisationType type, Instant approvedAt) {
        String eventId = UUID.randomUUID().toString();
        publishAs(bootstrapServers, eventId, new OrganisationApproved(UUID.randomUUID().toString(),
                "テスト団体 " + eventId.substring(0, 8), type, null, approvedAt, "secretariat"));
        return eventId;
    }

    static void publishAs(String bootstrapServers, String eventId, OrganisationApproved event) {
        KafkaRecords.send(bootstrapServers, Topics.COCREATION_ORGANISATION, event.organisationId(), CODEC.encode(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/services/co-creation",
                        CloudEventHeaders.TYPE, EventCatalog.of(OrganisationApproved.class).type(),
                        CloudEventHeaders.SUBJECT, event.organisationId(),
                        CloudEventHeaders.TIME, event.approvedAt().toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
