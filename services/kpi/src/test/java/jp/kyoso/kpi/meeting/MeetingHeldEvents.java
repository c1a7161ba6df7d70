package jp.kyoso.kpi.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import jp.kyoso.events.cocreation.MeetingHeld;
import jp.kyoso.events.cocreation.MeetingKind;
import jp.kyoso.kpi.EventRecords;

/** Object mother: MeetingHeld CloudEvents as co-creation's relay puts them on the topic. */
public final class MeetingHeldEvents {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private MeetingHeldEvents() {
    }

    public static MeetingHeld meeting(MeetingKind kind, LocalDate heldOn, int participants) {
        return new MeetingHeld(UUID.randomUUID().toString(), null, kind, "意見交換会 " + heldOn, heldOn,
                heldOn.atTime(18, 30).atZone(TOKYO).toInstant(), participants, "secretariat",
                heldOn.atTime(21, 0).atZone(TOKYO).toInstant());
    }

    /** Publishes the event under a fresh event id. */
    public static MeetingHeld publish(String bootstrapServers, MeetingKind kind, LocalDate heldOn, int participants) {
        MeetingHeld event = meeting(kind, heldOn, participants);
        publishAs(bootstrapServers, UUID.randomUUID().toString(), event);
        return event;
    }

    public static void publishAs(String bootstrapServers, String eventId, MeetingHeld event) {
        EventRecords.publishAs(bootstrapServers, eventId, event);
    }
}
