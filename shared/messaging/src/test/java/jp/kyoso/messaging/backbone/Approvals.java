package jp.kyoso.messaging.backbone;

import io.micronaut.serde.ObjectMapper;
import java.nio.charset.StandardCharsets;
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

/** Test approvals ("mother"), and raw records of them sent the way another service or a broken producer would. */
final class Approvals {

    static final String TOPIC = Topics.COCREATION_ORGANISATION;
    static final String TYPE = EventCatalog.of(OrganisationApproved.class).type();
    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private Approvals() {
    }

    static String newOrganisation() {
        return UUID.randomUUID().toString();
    }

    static OrganisationApproved approval(String organisationId, String name) {
        return new OrganisationApproved(organisationId, name, OrganisationType.NPO, null,
                Instant.parse("2031-04-10T03:00:00Z"), "secretariat");
    }

    /** Sends the approval as a CloudEvent record under the given event id (the same id again is a redelivery). */
    static void send(String bootstrapServers, String eventId, OrganisationApproved approval) {
        KafkaRecords.send(bootstrapServers, TOPIC, approval.organisationId(), CODEC.encode(approval),
                Map.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/tests/messaging",
                        CloudEventHeaders.TYPE, TYPE,
                        CloudEventHeaders.SUBJECT, approval.organisationId(),
                        CloudEventHeaders.TIME, Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }

    static void send(String bootstrapServers, OrganisationApproved approval) {
        send(bootstrapServers, UUID.randomUUID().toString(), approval);
    }

    /** A record that claims to be an approval but whose payload is not JSON. */
    static void sendUnreadable(String bootstrapServers, String organisationId) {
        KafkaRecords.send(bootstrapServers, TOPIC, organisationId, "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.TYPE, TYPE,
                        CloudEventHeaders.SUBJECT, organisationId));
    }
}
