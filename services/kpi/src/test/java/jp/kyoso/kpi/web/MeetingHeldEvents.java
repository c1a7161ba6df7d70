package jp.kyoso.kpi.web;

import io.micronaut.serde.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.MeetingHeld;
import jp.kyoso.events.cocreation.MeetingKind;
import jp.kyoso.testsupport.KafkaRecords;

/** Object mother: MeetingHeld CloudEvents as co-creation's relay puts them on the topic. */
final class MeetingHeldEvents {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private MeetingHeldEvents() {
    }

    static MeetingHeld meeting(MeetingKind kind, LocalDate heldOn, int participants) {
        return new MeetingHeld(UUID.randomUUID().toString(), null, kind, "意見交換会 " + heldOn, heldOn,
                heldOn.atTime(18, 30).atZone(TOKYO).toInstant(), participants, "secretariat",
                heldOn.atTime(21, 0).atZone(TOKYO).toInstant());
    }

    /** Publishes the event under a fresh event id. */
    static MeetingHeld publish(String bootstrapServers, MeetingKind kind, LocalDate heldOn, int participants) {
        MeetingHeld event = meeting(kind, heldOn, participants);
        publishAs(bootstrapServers, UUID.randomUUID().toString(), event);
        return event;
    }

    static void publishAs(String bootstrapServers, String eventId, MeetingHeld event) {
        KafkaRecords.send(bootstrapServers, Topics.COCREATION_MEETING, event.meetingId(), CODEC.encode(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/services/co-creation",
                        CloudEventHeaders.TYPE, EventCatalog.of(MeetingHeld.class).type(),
                        CloudEventHeaders.SUBJECT, event.meetingId(),
                        CloudEventHeaders.TIME, event.recordedAt().toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
