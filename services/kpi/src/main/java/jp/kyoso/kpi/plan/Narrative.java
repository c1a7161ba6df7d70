package jp.kyoso.kpi.plan;

/**
 * Words a sheet writes beside an indicator's figures: its 分野, 取組内容, 進捗状況や課題等 or 備考 column, or the group
 * heading above it ({@code ○「自治体SDGsの推進に資する取組」に記載されている指標}, column {@code GROUP}).
 *
 * @param column the kind of column ({@link SheetColumn} name, or {@code GROUP})
 * @param header the header as the sheet wrote it
 * @param text   the text without markup
 */
public record Narrative(String column, String header, String text) {

    public static final String GROUP = "GROUP";
}
