package jp.kyoso.cocreation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final Instant APPLIED = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant DECIDED = Instant.parse("2025-06-03T00:00:00Z");

    private final Organisation pending = Organisation.applied(UUID.randomUUID(), "しながわテック株式会社",
            OrganisationType.COMPANY, new CorporateNumber("7000012050002"), "品川 太郎", "taro@example.jp", APPLIED);

    @Test
    void anApplicationStartsPendingAndIsApprovedByTheSecretariat() {
        Organisation approved = pending.approve("secretariat", DECIDED);

        assertEquals(OrganisationStatus.PENDING, pending.status());
        assertEquals(OrganisationStatus.APPROVED, approved.status());
        assertEquals(DECIDED, approved.decidedAt());
        assertEquals("secretariat", approved.decidedBy());
        assertEquals("7000012050002", approved.corporateNumber());
    }

    @Test
    void aRejectionKeepsItsReason() {
        Organisation rejected = pending.reject("区内の事業所が確認できません", "secretariat", DECIDED);

        assertEquals(OrganisationStatus.REJECTED, rejected.status());
        assertEquals("区内の事業所が確認できません", rejected.rejectionReason());
    }

    @Test
    void aDecidedApplicationCannotBeDecidedAgain() {
        Organisation approved = pending.approve("secretariat", DECIDED);

        var twice = assertThrows(OrganisationTransitionException.class, () -> approved.approve("admin", DECIDED));
        assertEquals(OrganisationStatus.APPROVED, twice.current());
        assertThrows(OrganisationTransitionException.class, () -> approved.reject("理由", "admin", DECIDED));
    }
}
