package jp.kyoso.kpi.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * 達成度 by one of the {@link AchievementConvention}s; by default (current − baseline) ÷ (target − baseline) × 100, as
 * the Cabinet Office's progress sheet (様式1) defines it. Kept exact ({@code exact}) for comparisons and rounded to
 * one decimal ({@code rate}) for people. A target equal to the baseline ("keep at this level") is 100 when the
 * level is kept on the indicator's better side, else 0.
 *
 * @param exact the unrounded rate, or null when not computable
 * @param notes why it is not computable, or what was assumed
 */
public record Achievement(BigDecimal exact, List<String> notes) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public Achievement {
        notes = List.copyOf(notes);
    }

    /** One decimal, half up, as users read it; null when not computable. */
    public BigDecimal rate() {
        return exact == null ? null : exact.setScale(1, RoundingMode.HALF_UP);
    }

    public boolean computable() {
        return exact != null;
    }

    /** The Cabinet Office's formula, the direction read from the figures. */
    public static Achievement of(SheetValue baseline, SheetValue latest, SheetValue target) {
        return of(baseline, latest, target, Direction.of(null, baseline, target), AchievementConvention.PROGRESS);
    }

    public static Achievement of(SheetValue baseline, SheetValue latest, SheetValue target, Direction direction,
                                 AchievementConvention convention) {
        List<String> notes = new ArrayList<>();
        if (latest.isEmpty() || target.isEmpty()) {
            notes.add(latest.isEmpty() ? "実績値がないため計算できません" : "目標値がないため計算できません");
            return new Achievement(null, notes);
        }
        if (latest.isQualitative() || target.isQualitative()) {
            // A qualitative target (全校実施) is either reached or not: there is no "how far".
            boolean reached = latest.text() != null && latest.text().equals(target.text());
            notes.add("定性的な目標のため、達成で100、未達で0としています");
            return new Achievement(reached ? HUNDRED : BigDecimal.ZERO, notes);
        }
        BigDecimal start = baseline.number();
        if (start == null) {
            start = BigDecimal.ZERO;
            notes.add(baseline.notes().contains("新規事業のため")
                    ? "新規事業のため当初値を0としています" : "当初値がないため0としています");
        }
        BigDecimal span = target.number().subtract(start);
        if (span.signum() == 0) {
            notes.add("現状維持の目標のため、維持で100、未達で0としています");
            return new Achievement(maintained(latest, target, direction) ? HUNDRED : BigDecimal.ZERO, notes);
        }
        return switch (convention) {
            case PROGRESS -> new Achievement(ratio(latest.number().subtract(start), span), notes);
            case CURRENT_OVER_TARGET -> {
                if (target.number().signum() == 0) {
                    notes.add("目標値が0のため、現在値÷目標値は計算できません");
                    yield new Achievement(null, notes);
                }
                yield new Achievement(ratio(latest.number(), target.number()), notes);
            }
            case PRO_RATED -> {
                OptionalDouble share = ProgressStatus.shareDue(baseline, latest, target);
                if (share.isEmpty() || share.getAsDouble() <= 0) {
                    notes.add("期間が読めないため、按分した目標値を計算できません");
                    yield new Achievement(null, notes);
                }
                BigDecimal due = span.multiply(BigDecimal.valueOf(share.getAsDouble()), PRECISION);
                yield new Achievement(ratio(latest.number().subtract(start), due), notes);
            }
        };
    }

    /** Whether a "keep at this level" target is kept: not below it, or not above it when lower is better. */
    static boolean maintained(SheetValue latest, SheetValue target, Direction direction) {
        int compared = latest.number().compareTo(target.number());
        return direction == Direction.LOWER_IS_BETTER ? compared <= 0 : compared >= 0;
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, PRECISION);
    }

    /** Whether the reported figure is this one, within the reported figure's precision. */
    boolean agrees(BigDecimal reported) {
        return exact != null && within(exact, reported);
    }

    static boolean within(BigDecimal value, BigDecimal reported) {
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(reported.scale(), 0)).divide(BigDecimal.valueOf(2));
        return value.subtract(reported).abs().compareTo(tolerance) <= 0;
    }
}
