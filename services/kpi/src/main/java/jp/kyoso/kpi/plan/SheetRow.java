package jp.kyoso.kpi.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator row of a pasted sheet, read: the cells of each column already combined and parsed.
 *
 * @param row             the 1-based data row in the pasted text (counted on across tables)
 * @param table           the 0-based table of the paste the row belongs to
 * @param no              the sheet's own number (No), or null
 * @param initiative      the initiative (取組名) without its side marker, continued from the row above when blank
 * @param label           the indicator name with its SDG references and side taken apart
 * @param latest          the latest non-empty 実績/現状値/現在値
 * @param reported        the sheet's 達成度 in percent, or null
 * @param statedDirection the direction a 方向 column states, or null
 * @param narratives      the row's words: 分野, 取組内容, 進捗状況や課題等, 備考 and the group heading above it
 * @param cells           the row's cells lined up with its table's header, for an export in the same layout
 */
public record SheetRow(int row, int table, String no, String initiative, IndicatorLabel label, SheetValue baseline,
                       SheetValue latest, SheetValue target, BigDecimal reported, Direction statedDirection,
                       List<Narrative> narratives, List<String> cells, List<String> notes) {

    public SheetRow {
        narratives = List.copyOf(narratives);
        cells = List.copyOf(cells);
        notes = List.copyOf(notes);
    }

    public IndicatorFigures figures() {
        return new IndicatorFigures(baseline, latest, target, reported, statedDirection);
    }

    /** 達成度 by the Cabinet Office's formula. */
    public Achievement achievement() {
        return figures().achievement(AchievementConvention.PROGRESS);
    }

    /** The cross-check against the Cabinet Office's formula. */
    public AchievementCheck check() {
        return figures().check(AchievementConvention.PROGRESS).check();
    }
}
