package jp.kyoso.citylab.challenge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Object mother: challenges in each state, with Japanese text as departments write it. */
public final class Challenges {

    public static final UUID DEPARTMENT = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    public static final Instant DRAFTED = Instant.parse("2025-05-01T01:00:00Z");
    public static final Instant DEADLINE = Instant.parse("2025-07-31T15:00:00Z");

    private Challenges() {
    }

    public static Challenge draft() {
        return Challenge.drafted(UUID.randomUUID(), DEPARTMENT,
                new ChallengeText("商店街の空き店舗の活用", "戸越銀座周辺で空き店舗が増えています。", "空き店舗率を下げる",
                        "空き店舗率", null, null), List.of("8.3", "11.3"), 3_000_000L, null, DEADLINE, null, "staff",
                DRAFTED);
    }

    public static Challenge refined() {
        Challenge draft = draft().startRefinement();
        return draft.refine(new ChallengeText(draft.title(), draft.background(), draft.desiredOutcome(),
                draft.targetKpi(), null, "期間限定店舗で回遊性を高める"), null, List.of("8.3", "11.3"), 3_000_000L, null,
                DEADLINE);
    }

    public static Challenge published() {
        return refined().requestSignoff().signOff("staff", DRAFTED).publish("secretariat", DRAFTED);
    }
}
