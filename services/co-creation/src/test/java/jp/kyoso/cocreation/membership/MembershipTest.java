package jp.kyoso.cocreation.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.cocreation.MemberRole;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final Instant INVITED = Instant.parse("2025-06-01T00:00:00Z");

    private final Membership invitation = Membership.invited(UUID.randomUUID(), UUID.randomUUID(),
            " Hanako.Sato@Example.JP ", MemberRole.ADMIN, "hash", "admin", INVITED);

    @Test
    void anInvitationIsForANormalisedAddressAndOpenForFourteenDays() {
        assertEquals("hanako.sato@example.jp", invitation.email());
        assertEquals(INVITED.plus(Membership.VALIDITY), invitation.expiresAt());
        assertFalse(invitation.isExpired(INVITED.plus(Membership.VALIDITY).minusSeconds(1)));
        assertTrue(invitation.isExpired(INVITED.plus(Membership.VALIDITY)));
    }

    @Test
    void acceptingBindsTheAccountSpendsTheCodeAndHappensOnce() {
        Membership joined = invitation.accept("user-1", "sato", INVITED.plusSeconds(60));

        assertEquals(MembershipStatus.ACTIVE, joined.status());
        assertEquals("user-1", joined.userId());
        assertNull(joined.acceptCodeHash());
        assertTrue(joined.isActiveAdmin());
        assertThrows(MembershipTransitionException.class, () -> joined.accept("user-2", "other", INVITED));
    }

    @Test
    void anExpiredInvitationCannotBeAccepted() {
        var expired = assertThrows(MembershipTransitionException.class,
                () -> invitation.accept("user-1", "sato", INVITED.plus(Membership.VALIDITY)));
        assertEquals(MembershipStatus.EXPIRED, expired.current());
    }

    @Test
    void removedPeopleStayOnRecordButCannotBeRemovedTwice() {
        Membership removed = invitation.accept("user-1", "sato", INVITED).remove("admin", INVITED);

        assertEquals(MembershipStatus.REMOVED, removed.status());
        assertFalse(removed.isActiveAdmin());
        assertThrows(MembershipTransitionException.class, () -> removed.remove("admin", INVITED));
    }
}
