package jp.kyoso.kpi.domain.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * 達成度 = (latest − baseline) / (target − baseline) × 100, as the Cabinet Office's progress sheet (様式1) defines
 * it, kept exact ({@code exact}) for comparisons and rounded to one decimal ({@code rate}) for people.
 *
 * @param exact the unrounded rate, or null when not computable
 * @param notes why it is not computable, or what was assumed
 */
public record Achievement(BigDecimal exact, List<String> notes) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
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

    public static Achievement of(SheetValue baseline, SheetValue latest, SheetValue target) {
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
            notes.add("目標値が当初値と同じため計算できません");
            return new Achievement(null, notes);
        }
        BigDecimal rate = latest.number().subtract(start).multiply(HUNDRED).divide(span, PRECISION);
        return new Achievement(rate, notes);
    }

    /**
     * Compares a reported 達成度 with this one. "Equal" means within half a unit of the reported figure's last
     * digit: a sheet that writes 87% for 86.9% agrees, one that writes 92% for 350% does not.
     */
    public AchievementCheck check(BigDecimal reported, SheetValue latest, SheetValue target) {
        if (reported == null) {
            return AchievementCheck.NOT_REPORTED;
        }
        if (exact == null) {
            return AchievementCheck.NOT_COMPUTABLE;
        }
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(reported.scale(), 0)).divide(BigDecimal.valueOf(2));
        if (within(exact, reported, tolerance)) {
            return AchievementCheck.AGREES;
        }
        if (latest.isNumeric() && target.isNumeric() && target.number().signum() != 0
                && within(latest.number().multiply(HUNDRED).divide(target.number(), PRECISION), reported, tolerance)) {
            return AchievementCheck.REPORTED_IS_CURRENT_OVER_TARGET;
        }
        if (within(exact.negate(), reported, tolerance)) {
            return AchievementCheck.REPORTED_SIGN_FLIPPED;
        }
        return AchievementCheck.DISAGREES;
    }

    private static boolean within(BigDecimal value, BigDecimal reported, BigDecimal tolerance) {
        return value.subtract(reported).abs().compareTo(tolerance) <= 0;
    }
}
