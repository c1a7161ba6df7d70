package jp.kyoso.events;

import java.time.Instant;
import java.util.List;
import jp.kyoso.events.cocreation.OrganisationApplied;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.events.cocreation.OrganisationType;

/** Object mother: one realistic instance of every event type, with Japanese text where users would write it. */
final class SampleEvents {

    static final String ORGANISATION_ID = "7a1c2a44-3c4e-4b1e-9a57-0c2f8f0f6a11";
    static final Instant AT = Instant.parse("2025-05-12T01:30:00Z");

    private SampleEvents() {
    }

    static List<DomainEvent> all() {
        return List.of(
                new OrganisationApplied(ORGANISATION_ID, "しながわテック株式会社", OrganisationType.COMPANY, "7000012050002", AT),
                new OrganisationApproved(ORGANISATION_ID, "しながわテック株式会社", OrganisationType.COMPANY, null, AT, "secretariat"),
                new OrganisationRejected(ORGANISATION_ID, "区内に事業所が確認できませんでした。", AT, "secretariat"));
    }
}
