package jp.kyoso.fund.review;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** A member's scores: one per criterion (1–5) with an optional comment, and the member's confidence (1–5). */
public record ScoreSheet(List<Entry> scores, int confidence) {

    /** The score given on one criterion. */
    public record Entry(String criterionCode, int score, @Nullable String comment) {
    }
}
