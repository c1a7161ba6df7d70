package jp.kyoso.kpi.domain.plan;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells real sheets contain: {@code 2023年度 21,771 人}, {@code 2025年7月 59施設},
 * {@code 2024年12月末現在 39 か所}, {@code 2024 4.66 点}, {@code 2023年度実績 0.96}, {@code 新規事業のため 0 人},
 * {@code 2023年度 0 件 <small>※新規事業のため</small>}, {@code 2023年度 全校実施}, {@code -}.
 */
public final class SheetValueParser {

    /** A year, optionally 年度 or 年 with month, day-ish suffixes and 実績/現在 remarks, as sheets write periods. */
    private static final Pattern PERIOD = Pattern.compile(
            "^(?<period>(?:令和|平成)?\\d{1,4}年度?(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:末)?(?:時点|現在)?(?:実績|見込み?)?"
                    + "|(?:19|20)\\d{2}(?=\\s+[-−▲△]?\\d))\\s*");
    private static final Pattern NEW_PROGRAMME = Pattern.compile("^(新規事業のため|新規事業)\\s*");
    private static final Pattern NUMBER = Pattern.compile("^(?<number>[-−▲△]?\\d[\\d,]*(?:\\.\\d+)?)\\s*(?<unit>.*)$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SMALL_PRINT = Pattern.compile("<small>(.*?)</small>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MISSING = Pattern.compile("^[-－ー―]+$");

    private SheetValueParser() {
    }

    public static SheetValue parse(String cell) {
        if (cell == null) {
            return SheetValue.EMPTY;
        }
        List<String> notes = new ArrayList<>();
        String text = cell;
        Matcher small = SMALL_PRINT.matcher(text);
        while (small.find()) {
            notes.add(clean(small.group(1)).replaceFirst("^※", ""));
        }
        text = SMALL_PRINT.matcher(text).replaceAll(" ");
        text = clean(TAG.matcher(text).replaceAll(" "));
        if (text.isEmpty()) {
            return new SheetValue(null, null, null, null, notes);
        }
        if (MISSING.matcher(text).matches()) {
            notes.add("値が記載されていません (-)");
            return new SheetValue(null, null, null, null, notes);
        }
        String period = null;
        Matcher newProgramme = NEW_PROGRAMME.matcher(text);
        if (newProgramme.find()) {
            notes.add(0, "新規事業のため");
            text = text.substring(newProgramme.end());
        } else {
            Matcher periodMatch = PERIOD.matcher(text);
            if (periodMatch.find() && periodMatch.end() > 0) {
                period = periodMatch.group("period");
                text = text.substring(periodMatch.end());
            }
        }
        text = text.strip();
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            String figure = number.group("number").replace(",", "").replaceFirst("^[−▲△]", "-");
            String unit = number.group("unit").strip();
            return new SheetValue(period, new BigDecimal(figure), null, unit.isEmpty() ? null : unit, notes);
        }
        return new SheetValue(period, null, text.isEmpty() ? null : text, null, notes);
    }

    /** True for a cell that holds nothing but a period: the sheet put the value into the next cell. */
    public static boolean isPeriodOnly(String cell) {
        String text = clean(TAG.matcher(cell == null ? "" : cell).replaceAll(" "));
        Matcher period = PERIOD.matcher(text);
        return !text.isEmpty() && period.find() && text.substring(period.end()).isBlank();
    }

    /** Full-width digits and signs become ASCII (NFKC); runs of white space become one space. */
    static String clean(String text) {
        return collapseSpaces(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    /** Runs of white space (ideographic and no-break spaces included) become one space. */
    static String collapseSpaces(String text) {
        return text.replaceAll("[\\s\u3000\u00a0]+", " ").strip();
    }
}
