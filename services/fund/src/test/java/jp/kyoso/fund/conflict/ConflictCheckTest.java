package jp.kyoso.fund.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConflictCheckTest {

    private final UUID applicant = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();

    @Test
    void aReviewerOfTheApplicantIsConflictedAndTheReasonNamesAnInvestor() {
        assertEquals(Optional.of(ConflictCheck.SAME_ORGANISATION),
                ConflictCheck.detect(Set.of(elsewhere, applicant), applicant, false, Set.of()));
        assertEquals(Optional.of(ConflictCheck.INVESTOR),
                ConflictCheck.detect(Set.of(applicant), applicant, true, Set.of()));
    }

    @Test
    void aReviewerWhoseOrganisationSharesACollaborationProjectIsConflicted() {
        assertEquals(Optional.of(ConflictCheck.COLLABORATION),
                ConflictCheck.detect(Set.of(partner), applicant, false, Set.of(partner)));
    }

    @Test
    void anUnrelatedReviewerIsNot() {
        assertEquals(Optional.empty(), ConflictCheck.detect(Set.of(elsewhere), applicant, true, Set.of(partner)));
        assertEquals(Optional.empty(), ConflictCheck.detect(Set.of(), applicant, false, Set.of(partner)));
    }
}
