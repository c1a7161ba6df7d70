package jp.kyoso.kpi.domain.plan;

import java.util.Optional;

/** What a column of an evaluation sheet holds, recognised from its header. */
public enum SheetColumn {
    NO, INITIATIVE, CONTENT, NAME, BASELINE, LATEST, TARGET, REPORTED_ACHIEVEMENT;

    /**
     * The column a header names, or empty for a blank header (the cell belongs to the column on its left, as
     * when a sheet puts the period and the value into two cells) or one we do not use.
     */
    public static Optional<SheetColumn> ofHeader(String header) {
        String text = SheetValueParser.clean(header);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // Order matters: "指標名 ※[]内はゴール・ターゲット番号" is a name, "2030年（目標値）" a target.
        if (text.contains("達成度")) {
            return Optional.of(REPORTED_ACHIEVEMENT);
        }
        if (text.contains("目標")) {
            return Optional.of(TARGET);
        }
        if (text.contains("当初") || text.contains("基準値")) {
            return Optional.of(BASELINE);
        }
        if (text.contains("実績") || text.contains("現状値")) {
            return Optional.of(LATEST);
        }
        if (text.contains("指標")) {
            return Optional.of(NAME);
        }
        if (text.contains("取組内容")) {
            return Optional.of(CONTENT);
        }
        if (text.contains("取組名") || text.contains("取組")) {
            return Optional.of(INITIATIVE);
        }
        if (text.equalsIgnoreCase("no") || text.equals("No.") || text.equals("番号")) {
            return Optional.of(NO);
        }
        return Optional.empty();
    }
}
