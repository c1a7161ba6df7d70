package jp.kyoso.cocreation.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IssueTest {

    private static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");

    private final Issue open = Issue.raised(UUID.randomUUID(), UUID.randomUUID(), "user-1", "yamada",
            "商店街の空き店舗", "空き店舗が増えています。", List.of("8.3"), AT);

    @Test
    void onlyAnOpenIssueIsMergedOrPromotedAndNeverIntoItself() {
        UUID other = UUID.randomUUID();
        Issue merged = open.mergeInto(other, AT);

        assertEquals(IssueStatus.MERGED, merged.status());
        assertEquals(other, merged.mergedInto());
        assertThrows(IssueTransitionException.class, () -> merged.promote(null, "secretariat", AT));
        assertThrows(IllegalArgumentException.class, () -> open.mergeInto(open.id(), AT));
        Issue promoted = open.promote(null, "secretariat", AT);
        assertEquals(IssueStatus.PROMOTED, promoted.status());
        assertThrows(IssueTransitionException.class, () -> promoted.promote(null, "secretariat", AT));
        assertThrows(IssueTransitionException.class, () -> promoted.mergeInto(other, AT));
    }

    @Test
    void cityLabsAnswersAreKeptOnThePromotedIssue() {
        UUID challenge = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        Issue done = open.promote(null, "secretariat", AT)
                .linkChallenge(challenge, "空き店舗活用", AT.plusSeconds(60))
                .recordOutcome(project, "ポップアップ連携事業", LocalDate.of(2025, 9, 1), AT.plusSeconds(120));

        assertEquals(challenge, done.challengeId());
        assertEquals("空き店舗活用", done.challengeTitle());
        assertEquals(project, done.projectId());
        assertEquals("商店街の空き店舗", done.title());
        assertEquals(IssueStatus.PROMOTED, done.status());
    }
}
