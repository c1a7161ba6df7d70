package jp.kyoso.cocreation.organisation;

/** Why one row of an uploaded list cannot be used: the row (as a spreadsheet numbers it), the column and a code. */
public record RowError(int row, String field, String code) {
}
