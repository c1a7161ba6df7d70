package jp.kyoso.kpi.plan;

import java.util.Optional;

/**
 * Which way an indicator improves. Stated by a 方向 column (増加 / 減少 / 維持, ↑ / ↓), otherwise read from the figures:
 * a target below the baseline means lower is better; a target equal to the baseline ("keep at this level") means
 * not falling below it unless the sheet says lower is better.
 */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** The direction a 方向 cell states, or empty when it states none. */
    public static Optional<Direction> stated(String cell) {
        String text = SheetValueParser.clean(cell == null ? "" : cell);
        if (text.matches(".*(減少|低下|削減|抑制|↓|以下|低い方が良い).*")) {
            return Optional.of(LOWER_IS_BETTER);
        }
        if (text.matches(".*(増加|上昇|向上|↑|以上|維持|高い方が良い).*")) {
            return Optional.of(HIGHER_IS_BETTER);
        }
        return Optional.empty();
    }

    /** The stated direction, or the one the figures imply. */
    public static Direction of(Direction stated, SheetValue baseline, SheetValue target) {
        if (stated != null) {
            return stated;
        }
        if (baseline.isNumeric() && target.isNumeric() && target.number().compareTo(baseline.number()) < 0) {
            return LOWER_IS_BETTER;
        }
        return HIGHER_IS_BETTER;
    }
}
