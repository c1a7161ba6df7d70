package jp.kyoso.citylab.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.challenge.Challenge;
import jp.kyoso.citylab.challenge.Challenges;
import jp.kyoso.citylab.project.CollaborationProject;
import jp.kyoso.citylab.project.ProjectStatus;
import jp.kyoso.citylab.shared.TransitionException;
import jp.kyoso.events.citylab.ProjectOrigin;
import org.junit.jupiter.api.Test;

class ProposalTest {

    private static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");
    private static final ProposalContent CONTENT = new ProposalContent("ポップアップ店舗の循環運営", "空き店舗を週替わりで貸し出す",
            "地元事業者と学生の出店", "3名", List.of("8.3"), "来街者の増加", 2_500_000L, LocalDate.of(2025, 9, 1),
            LocalDate.of(2026, 3, 31));

    private final Proposal submitted = Proposal.submitted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            CONTENT, "member", AT);

    @Test
    void aDeclineKeepsTheReasonForTheProposer() {
        Proposal declined = submitted.decline("費用の根拠が不足しています", "staff", AT);

        assertEquals(ProposalStatus.DECLINED, declined.status());
        assertEquals("費用の根拠が不足しています", declined.declineReason());
        assertThrows(TransitionException.class, () -> declined.adopt("staff", AT, UUID.randomUUID()));
        assertThrows(TransitionException.class, () -> declined.edit(CONTENT, AT));
    }

    @Test
    void aShortlistedProposalCanBeAdoptedButNotShortlistedTwice() {
        Proposal shortlisted = submitted.shortlist("secretariat", AT);

        assertThrows(TransitionException.class, () -> shortlisted.shortlist("secretariat", AT));
        UUID project = UUID.randomUUID();
        Proposal adopted = shortlisted.adopt("staff", AT, project);
        assertEquals(ProposalStatus.ADOPTED, adopted.status());
        assertEquals(project, adopted.projectId());
        assertThrows(TransitionException.class, () -> adopted.withdraw("member", AT));
    }

    @Test
    void aProjectBelongsToTheFiscalYearOfItsStartDayInTokyo() {
        // 2026-03-31T15:30Z is already 1 April 2026 in Tokyo: FY2026, not FY2025.
        Instant lateMarchUtc = Instant.parse("2026-03-31T15:30:00Z");
        Challenge challenge = Challenges.published();
        Proposal adopted = submitted.adopt("staff", lateMarchUtc, UUID.randomUUID());

        CollaborationProject project = CollaborationProject.fromProposal(UUID.randomUUID(), challenge, adopted,
                lateMarchUtc);

        assertEquals(LocalDate.of(2026, 4, 1), project.startedOn());
        assertEquals(2026, project.fiscalYear());
        assertEquals(ProjectOrigin.CHALLENGE, project.origin());
        assertEquals(List.of(adopted.organisationId().toString()), project.partnerList());
        assertEquals(ProjectStatus.COMPLETED, project.complete("成果", "staff", AT).status());
        assertThrows(TransitionException.class,
                () -> project.complete("成果", "staff", AT).complete("again", "staff", AT));
    }
}
