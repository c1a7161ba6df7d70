package jp.kyoso.kpi.plan;

/**
 * A free-text section pasted with a table, such as （4）有識者からの取組に対する評価 or the hearing's summary: a
 * title row, then its text.
 */
public record SheetSection(String title, String text) {
}
