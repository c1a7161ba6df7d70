package jp.kyoso.kpi.domain.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator row of a pasted sheet, read: the cells of each column already combined and parsed.
 *
 * @param row        the 1-based data row in the pasted table
 * @param no         the sheet's own number (No), or null
 * @param initiative the initiative (取組名) without its side marker, continued from the row above when blank
 * @param label      the indicator name with its SDG references and side taken apart
 * @param latest     the latest non-empty 実績/現状値
 * @param reported   the sheet's 達成度 in percent, or null
 */
public record SheetRow(int row, String no, String initiative, IndicatorLabel label, SheetValue baseline,
                       SheetValue latest, SheetValue target, BigDecimal reported, List<String> notes) {

    public SheetRow {
        notes = List.copyOf(notes);
    }

    public Achievement achievement() {
        return Achievement.of(baseline, latest, target);
    }

    public AchievementCheck check() {
        return achievement().check(reported, latest, target);
    }
}
