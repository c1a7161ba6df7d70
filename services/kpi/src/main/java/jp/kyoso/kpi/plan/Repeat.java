package jp.kyoso.kpi.plan;

/**
 * A row naming an indicator an earlier row of the same paste already names (the same name, or with （再掲）):
 * information for the reader, not an error.
 */
public record Repeat(int row, int repeatsRow, String name) {
}
