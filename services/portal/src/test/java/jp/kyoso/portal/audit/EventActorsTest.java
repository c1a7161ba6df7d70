package jp.kyoso.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import org.junit.jupiter.api.Test;

class EventActorsTest {

    @Test
    void theActorIsTheFieldNamedForTheVerbWithBy() {
        var event = new OrganisationApproved("org-1", "しながわテック株式会社", OrganisationType.COMPANY, null,
                Instant.parse("2026-04-01T00:00:00Z"), "user-7");

        assertEquals("user-7", EventActors.actorOf(event, EventActors.accessorOf(OrganisationApproved.class)));
    }

    @Test
    void namesThatOnlyLookAlikeAreNoActor() {
        assertTrue(EventActors.isActor("approvedBy"));
        assertTrue(EventActors.isActor("userId"));
        assertFalse(EventActors.isActor("By"));
        assertFalse(EventActors.isActor("byline"));
        assertFalse(EventActors.isActor("organisationId"));
    }

    @Test
    void mostCatalogEventsNameTheirActor() {
        // The convention holds across the catalog: if a rename broke it, the audit trail would lose its "who".
        List<String> withoutActor = EventCatalog.all().stream()
                .filter(descriptor -> EventActors.accessorOf(descriptor.eventClass()).isEmpty())
                .map(descriptor -> descriptor.type())
                .toList();
        assertTrue(withoutActor.size() * 2 < EventCatalog.all().size(), () -> "without an actor: " + withoutActor);
        assertNull(EventActors.actorOf(new OrganisationApproved("o", "n", OrganisationType.NPO, null,
                Instant.EPOCH, null), EventActors.accessorOf(OrganisationApproved.class)));
    }
}
