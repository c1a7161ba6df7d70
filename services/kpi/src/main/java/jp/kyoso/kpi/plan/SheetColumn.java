package jp.kyoso.kpi.plan;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a column of an evaluation sheet holds, recognised from its header. */
public enum SheetColumn {
    NO, FIELD, INITIATIVE, CONTENT, NAME, BASELINE, LATEST, TARGET, REPORTED_ACHIEVEMENT, PROGRESS_NOTE, REMARKS,
    DIRECTION,
    /** Written by our own export beside the sheet's columns; read back as nothing. */
    COMPUTED_ACHIEVEMENT,
    /** Written by our own export beside the sheet's columns; read back as nothing. */
    CHECK;

    /** Columns of words rather than figures, kept per row and shown beside the indicator. */
    public static final Set<SheetColumn> NARRATIVE = EnumSet.of(FIELD, CONTENT, PROGRESS_NOTE, REMARKS);
    /** The columns our export adds, left out of the layout when a paste holds them. */
    public static final Set<SheetColumn> EXPORT_ONLY = EnumSet.of(COMPUTED_ACHIEVEMENT, CHECK);
    /** The columns holding one sheet value each. */
    public static final Set<SheetColumn> VALUES = EnumSet.of(BASELINE, LATEST, TARGET);

    /**
     * The column a header names, or empty for a blank header (the cell belongs to the column on its left, as
     * when a sheet puts the period and the value into two cells) or one we do not know.
     */
    public static Optional<SheetColumn> ofHeader(String header) {
        String text = SheetValueParser.clean(header);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // Order matters: "指標名 ※[]内はゴール・ターゲット番号" is a name, "2030年（目標値）" a target, "達成度（計算）"
        // our own export's column, "進捗率" an achievement but "進捗状況や課題等" words.
        if (text.contains("計算")) {
            return Optional.of(COMPUTED_ACHIEVEMENT);
        }
        if (text.contains("照合")) {
            return Optional.of(CHECK);
        }
        if (text.contains("達成度") || text.contains("達成率") || text.contains("進捗率")) {
            return Optional.of(REPORTED_ACHIEVEMENT);
        }
        if (text.contains("進捗状況") || text.contains("課題")) {
            return Optional.of(PROGRESS_NOTE);
        }
        if (text.contains("目標")) {
            return Optional.of(TARGET);
        }
        if (text.contains("当初") || text.contains("基準値")) {
            return Optional.of(BASELINE);
        }
        if (text.contains("実績") || text.contains("現状値") || text.contains("現在値")) {
            return Optional.of(LATEST);
        }
        if (text.contains("指標")) {
            return Optional.of(NAME);
        }
        if (text.contains("取組内容")) {
            return Optional.of(CONTENT);
        }
        if (text.contains("取組")) {
            return Optional.of(INITIATIVE);
        }
        if (text.equals("分野") || text.equals("区分") || text.equals("側面")) {
            return Optional.of(FIELD);
        }
        if (text.equals("備考")) {
            return Optional.of(REMARKS);
        }
        if (text.equals("方向") || text.equals("方向性")) {
            return Optional.of(DIRECTION);
        }
        if (text.equalsIgnoreCase("no") || text.equalsIgnoreCase("no.") || text.equals("番号")) {
            return Optional.of(NO);
        }
        return Optional.empty();
    }
}
