package jp.kyoso.cocreation.organisation;

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

    @Test
    void onlyAMemberIsSuspendedAndTheReasonIsKeptApartFromTheDecision() {
        Organisation approved = pending.approve("secretariat", DECIDED);
        Instant later = DECIDED.plusSeconds(86_400);

        Organisation suspended = approved.suspend("会費未納", "secretariat", later);

        assertEquals(OrganisationStatus.SUSPENDED, suspended.status());
        assertEquals("会費未納", suspended.statusReason());
        assertEquals(later, suspended.statusChangedAt());
        assertEquals(DECIDED, suspended.decidedAt());
        assertEquals(false, suspended.isActiveMember());
        assertThrows(OrganisationTransitionException.class, () -> pending.suspend("理由", "secretariat", later));
        assertThrows(OrganisationTransitionException.class, () -> suspended.suspend("理由", "secretariat", later));
    }

    @Test
    void pendingApprovedAndSuspendedOrganisationsMayWithdrawButOnlyOnce() {
        Organisation approved = pending.approve("secretariat", DECIDED);
        Organisation suspended = approved.suspend("会費未納", "secretariat", DECIDED);

        assertEquals(OrganisationStatus.WITHDRAWN, pending.withdraw(null, "applicant", DECIDED).status());
        assertEquals(OrganisationStatus.WITHDRAWN, approved.withdraw("移転", "admin", DECIDED).status());
        Organisation withdrawn = suspended.withdraw(null, "secretariat", DECIDED);
        assertEquals(OrganisationStatus.WITHDRAWN, withdrawn.status());
        assertThrows(OrganisationTransitionException.class, () -> withdrawn.withdraw(null, "admin", DECIDED));
        Organisation rejected = pending.reject("理由", "secretariat", DECIDED);
        assertThrows(OrganisationTransitionException.class, () -> rejected.withdraw(null, "admin", DECIDED));
    }

    @Test
    void onlyASuspendedMemberIsReinstated() {
        Organisation approved = pending.approve("secretariat", DECIDED);
        Organisation reinstated = approved.suspend("会費未納", "secretariat", DECIDED).reinstate("secretariat", DECIDED);

        assertEquals(OrganisationStatus.APPROVED, reinstated.status());
        assertEquals(null, reinstated.statusReason());
        assertEquals(true, reinstated.isActiveMember());
        assertThrows(OrganisationTransitionException.class, () -> approved.reinstate("secretariat", DECIDED));
    }
}
