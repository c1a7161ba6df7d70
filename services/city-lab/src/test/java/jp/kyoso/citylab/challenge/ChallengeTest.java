package jp.kyoso.citylab.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.shared.RuleViolation;
import jp.kyoso.citylab.shared.TransitionException;
import org.junit.jupiter.api.Test;

class ChallengeTest {

    @Test
    void aChallengeGoesFromDraftToArchiveInOrder() {
        Challenge draft = Challenges.draft();
        assertEquals(ChallengeStatus.DRAFT, draft.status());
        assertEquals(1, draft.currentVersion());

        Challenge refined = Challenges.refined();
        assertEquals(ChallengeStatus.IN_REFINEMENT, refined.status());
        assertEquals(2, refined.currentVersion());
        assertEquals("期間限定店舗で回遊性を高める", refined.solutionDirection());

        Challenge published = Challenges.published();
        assertEquals(ChallengeStatus.PUBLISHED, published.status());
        Challenge closed = published.close(Challenges.DEADLINE);
        assertEquals(ChallengeStatus.CLOSED, closed.status());
        assertEquals(ChallengeStatus.ARCHIVED, closed.archive(Challenges.DEADLINE).status());
    }

    @Test
    void skippingAStateIsAnIllegalTransitionNamingStateAndAction() {
        Challenge draft = Challenges.draft();

        TransitionException publish = assertThrows(TransitionException.class,
                () -> draft.publish("secretariat", Challenges.DRAFTED));
        assertEquals("DRAFT", publish.current());
        assertEquals("publish", publish.attempted());
        assertThrows(TransitionException.class, () -> draft.close(Challenges.DRAFTED));
        assertThrows(TransitionException.class, () -> draft.archive(Challenges.DRAFTED));
        assertThrows(TransitionException.class, () -> Challenges.published().startRefinement());
        assertThrows(TransitionException.class, () -> Challenges.published().archive(Challenges.DRAFTED));
    }

    @Test
    void publicationNeedsTheDepartmentsSignOffAndADeadlineStillAhead() {
        Challenge awaiting = Challenges.refined().requestSignoff();

        assertEquals("challenge.notSignedOff",
                assertThrows(RuleViolation.class, () -> awaiting.publish("secretariat", Challenges.DRAFTED)).code());
        Challenge signed = awaiting.signOff("staff", Challenges.DRAFTED);
        assertEquals("challenge.deadlinePassed", assertThrows(RuleViolation.class,
                () -> signed.publish("secretariat", Challenges.DEADLINE)).code());
    }

    @Test
    void sendingBackDropsTheSignOff() {
        Challenge back = Challenges.refined().requestSignoff().signOff("staff", Challenges.DRAFTED).sendBack();

        assertEquals(ChallengeStatus.IN_REFINEMENT, back.status());
        assertNull(back.signedOffAt());
    }

    @Test
    void aPromotedIssueCannotGoToSignOffUntilItsGapsAreFilled() {
        Challenge fromIssue = Challenge.drafted(UUID.randomUUID(), null,
                new ChallengeText("駅前の放置自転車", "駅前に放置自転車が多い。", null, null, null, null), List.of(), null,
                null, null, UUID.randomUUID(), "secretariat", Challenges.DRAFTED).startRefinement();

        RuleViolation incomplete = assertThrows(RuleViolation.class, fromIssue::requestSignoff);
        assertEquals("challenge.incomplete", incomplete.code());
        String missing = (String) incomplete.args()[0];
        for (String field : List.of("departmentId", "desiredOutcome", "solutionDirection", "proposalDeadline", "sdgTargets")) {
            assertTrue(missing.contains(field), missing);
        }
    }

    @Test
    void proposalsAreTakenOnlyWhilePublishedAndStrictlyBeforeTheDeadline() {
        Challenge published = Challenges.published();

        assertTrue(published.acceptsProposalsAt(Challenges.DEADLINE.minusSeconds(1)));
        assertFalse(published.acceptsProposalsAt(Challenges.DEADLINE));
        assertFalse(Challenges.refined().acceptsProposalsAt(Challenges.DRAFTED));
        assertFalse(published.close(Challenges.DRAFTED).acceptsProposalsAt(Challenges.DRAFTED));
    }
}
