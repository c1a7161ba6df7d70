package jp.kyoso.kpi.plan;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells real sheets contain: {@code 2023年度 21,771 人}, {@code 2025年7月 59施設},
 * {@code 2024年12月末現在 39 か所}, {@code 2024 4.66 点}, {@code 2023年度実績 0.96}, {@code 新規事業のため 0 人},
 * {@code 2023年度 0 件 <small>※新規事業のため</small>}, {@code 2023年度 全校実施}, the period in parentheses after or
 * before the value ({@code 47.0% (2022年)}, {@code （2022年度）47.0%}), full-width digits and signs, and
 * {@code -}, {@code ―}, {@code －}, {@code ー} or nothing for a missing value.
 */
public final class SheetValueParser {

    /** A year, optionally 年度 or 年 with month, day-ish suffixes and 実績/現在 remarks, as sheets write periods. */
    private static final String WRITTEN_PERIOD =
            "(?:令和|平成)?\\d{1,4}年度?(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:末)?(?:時点|現在)?(?:実績|見込み?)?";
    private static final Pattern PERIOD = Pattern.compile(
            "^(?<period>" + WRITTEN_PERIOD + "|(?:19|20)\\d{2}(?=\\s+[-−▲△]?\\d))\\s*");
    /** {@code 47.0% (2022年)}: the period in parentheses after the value. */
    private static final Pattern PERIOD_AFTER = Pattern.compile("^(?<rest>.*?)\\s*\\((?<period>" + WRITTEN_PERIOD + ")\\)$");
    /** {@code (2022年度) 47.0%}: the period in parentheses before the value. */
    private static final Pattern PERIOD_BEFORE = Pattern.compile("^\\((?<period>" + WRITTEN_PERIOD + ")\\)\\s*(?<rest>.*)$");
    /** A year in a header, {@code 2024年（現状値）} or {@code 2026年度目標値}: the period of values written without one. */
    private static final Pattern HEADER_PERIOD = Pattern.compile("((?:令和|平成)?\\d{1,4}年度?)");
    /** {@code 児童:0.97 生徒:0.92}: one cell holding a value per labelled part. */
    private static final Pattern PART = Pattern.compile("([^\\s:]+):\\s*(.+?)(?=\\s+[^\\s:]+:|$)");
    private static final Pattern NEW_PROGRAMME = Pattern.compile("^(新規事業のため|新規事業)\\s*");
    private static final Pattern NUMBER = Pattern.compile("^(?<number>[-−▲△]?\\d[\\d,]*(?:\\.\\d+)?)\\s*(?<unit>.*)$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SMALL_PRINT = Pattern.compile("<small>(.*?)</small>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MISSING = Pattern.compile("^[-－ー―—−‐]+$");

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
        Matcher after = PERIOD_AFTER.matcher(text);
        Matcher before = PERIOD_BEFORE.matcher(text);
        if (after.matches()) {
            period = after.group("period");
            text = after.group("rest");
        } else if (before.matches()) {
            period = before.group("period");
            text = before.group("rest");
        }
        Matcher newProgramme = NEW_PROGRAMME.matcher(text);
        if (newProgramme.find()) {
            notes.add(0, "新規事業のため");
            text = text.substring(newProgramme.end());
        } else if (period == null) {
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

    /** The period a header names ({@code 2024年（現状値）} → {@code 2024年}), or null. */
    public static String periodOfHeader(String header) {
        Matcher match = HEADER_PERIOD.matcher(clean(header == null ? "" : header));
        return match.find() ? match.group(1) : null;
    }

    /**
     * The labelled parts of a cell that holds one value per part ({@code 児童：0.97 生徒：0.92 (2021年度)} →
     * 児童 → {@code 0.97 (2021年度)}, 生徒 → {@code 0.92 (2021年度)}), in order; empty unless there are two or more.
     */
    public static Map<String, String> labelledParts(String cell) {
        String text = clean(TAG.matcher(cell == null ? "" : cell).replaceAll(" "));
        String period = "";
        Matcher after = PERIOD_AFTER.matcher(text);
        if (after.matches()) {
            period = " (" + after.group("period") + ")";
            text = after.group("rest");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher part = PART.matcher(text);
        int end = 0;
        while (part.find()) {
            if (!text.substring(end, part.start()).isBlank()) {
                return Map.of();
            }
            parts.put(part.group(1), part.group(2).strip() + period);
            end = part.end();
        }
        return parts.size() >= 2 && end == text.length() ? parts : Map.of();
    }

    /** True for a cell that holds nothing but a period: the sheet put the value into the next cell. */
    public static boolean isPeriodOnly(String cell) {
        String text = clean(TAG.matcher(cell == null ? "" : cell).replaceAll(" ")).replaceAll("^\\((.*)\\)$", "$1");
        Matcher period = PERIOD.matcher(text);
        return !text.isEmpty() && period.find() && text.substring(period.end()).isBlank();
    }

    /** Text without markup: tags dropped, list items on lines of their own, white space collapsed per line. */
    public static String plainText(String cell) {
        String text = (cell == null ? "" : cell).replaceAll("(?i)<(br|/li|/p|li)[^>]*>", "\n");
        return TAG.matcher(text).replaceAll(" ").lines().map(SheetValueParser::collapseSpaces)
                .filter(line -> !line.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
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
