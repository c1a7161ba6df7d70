package jp.kyoso.kpi.partnership;

import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.kpi.EventRecords;

/** Object mother: OrganisationApproved CloudEvents as co-creation's relay puts them on the topic. */
public final class OrganisationApprovals {


    private OrganisationApprovals() {
    }

    /** Publishes one approval under a fresh event id; returns that id. */
    public static String publish(String bootstrapServers, OrganisationType type, Instant approvedAt) {
        String eventId = UUID.randomUUID().toString();
        publishAs(bootstrapServers, eventId, new OrganisationApproved(UUID.randomUUID().toString(),
                "テスト団体 " + eventId.substring(0, 8), type, null, approvedAt, "secretariat"));
        return eventId;
    }

    public static void publishAs(String bootstrapServers, String eventId, OrganisationApproved event) {
        EventRecords.publishAs(bootstrapServers, eventId, event);
    }
}
