package jp.kyoso.citylab.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The remembered approvals: what is asked of the table, and when a yes must be asked again. */
class RememberedApprovalsTest {

    private final Set<UUID> table = new HashSet<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private Runnable duringLookup = () -> { };

    // The table is a set here; the real one is covered by ProposalFlowIT.
    private final Predicate<UUID> listed = organisation -> {
        lookups.incrementAndGet();
        boolean found = table.contains(organisation);
        duringLookup.run();
        return found;
    };

    private final RememberedApprovals approved = new RememberedApprovals(listed, Duration.ofMinutes(1));

    @Test
    void aYesIsRememberedAndANoIsNot() {
        UUID organisation = UUID.randomUUID();
        assertFalse(approved.isApproved(organisation));
        table.add(organisation);
        assertTrue(approved.isApproved(organisation));
        assertTrue(approved.isApproved(organisation));
        assertEquals(2, lookups.get());
    }

    @Test
    void anApprovalThatCommittedNeedsNoLookup() {
        UUID organisation = UUID.randomUUID();
        table.add(organisation);
        approved.approved(organisation);
        assertTrue(approved.isApproved(organisation));
        assertEquals(0, lookups.get());
    }

    @Test
    void aRejectionIsAskedOfTheTableAgain() {
        UUID organisation = UUID.randomUUID();
        table.add(organisation);
        assertTrue(approved.isApproved(organisation));
        table.remove(organisation);
        approved.rejected(organisation);
        assertFalse(approved.isApproved(organisation));
        assertEquals(2, lookups.get());
    }

    @Test
    void aLookupThatReadTheTableBeforeARejectionCommittedIsNotRemembered() {
        UUID organisation = UUID.randomUUID();
        table.add(organisation);
        duringLookup = () -> {
            table.remove(organisation);
            approved.rejected(organisation);
        };
        assertTrue(approved.isApproved(organisation));  // what the table said when it was read
        duringLookup = () -> { };
        assertFalse(approved.isApproved(organisation));
        assertEquals(2, lookups.get());
    }

    @Test
    void aRememberedYesIsAskedAgainAfterItsTimeToLive() {
        RememberedApprovals forgetful = new RememberedApprovals(listed, Duration.ZERO);
        UUID organisation = UUID.randomUUID();
        table.add(organisation);
        assertTrue(forgetful.isApproved(organisation));
        assertTrue(forgetful.isApproved(organisation));
        assertEquals(2, lookups.get());
    }
}
