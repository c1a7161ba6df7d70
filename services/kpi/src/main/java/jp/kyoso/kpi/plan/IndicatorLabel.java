package jp.kyoso.kpi.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoso.events.sdg.SdgCatalog;

/**
 * An indicator's name as sheets write it, taken apart: {@code 合計特殊出生率 【5.4、5.5】} has SDG references,
 * {@code 【経済→環境】 しながわシティラボによる...} a cross link between sides, {@code (社会) 子育て環境の整備} or
 * {@code 【環境】 ...} a side.
 *
 * @param name       the name without the markers
 * @param sdgRefs    target codes and bare goal numbers, as written
 * @param side       経済 / 社会 / 環境 as {@code ECONOMY} ..., or null
 * @param crossLink  e.g. {@code 経済→環境}, or null
 * @param cumulative whether the figure is a running total (累計)
 */
public record IndicatorLabel(String name, List<String> sdgRefs, String side, String crossLink, boolean cumulative) {

    private static final Map<String, String> SIDES = Map.of("経済", "ECONOMY", "社会", "SOCIETY", "環境", "ENVIRONMENT");
    private static final Pattern BRACKETS = Pattern.compile("[【\\[]([^】\\]]*)[】\\]]");
    private static final Pattern SIDE_MARK = Pattern.compile("^\\s*[(（【]\\s*(経済|社会|環境)\\s*[)）】]\\s*");
    private static final Pattern CROSS = Pattern.compile("^(経済|社会|環境)\\s*[→⇒]\\s*(経済|社会|環境)$");

    public IndicatorLabel {
        sdgRefs = List.copyOf(sdgRefs);
    }

    public static IndicatorLabel parse(String cell, List<String> notes) {
        // Names keep their full-width characters as written; only references are normalised.
        String text = SheetValueParser.collapseSpaces(cell == null ? "" : cell);
        List<String> refs = new ArrayList<>();
        String side = null;
        String crossLink = null;
        StringBuilder name = new StringBuilder();
        Matcher bracket = BRACKETS.matcher(text);
        int last = 0;
        while (bracket.find()) {
            name.append(text, last, bracket.start());
            last = bracket.end();
            String inside = bracket.group(1).strip();
            Matcher cross = CROSS.matcher(inside);
            if (cross.matches()) {
                crossLink = cross.group(1) + "→" + cross.group(2);
                side = SIDES.get(cross.group(1));
            } else if (SIDES.containsKey(inside)) {
                side = SIDES.get(inside);
            } else {
                List<String> unknown = new ArrayList<>();
                SdgCatalog.SdgReferences parsed = SdgCatalog.parseReferences(inside, unknown::add);
                if (unknown.isEmpty()) {
                    refs.addAll(parsed.targets());
                    parsed.goals().forEach(goal -> refs.add(Integer.toString(goal)));
                } else {
                    name.append(bracket.group()); // not a reference list: part of the name
                }
            }
        }
        name.append(text.substring(last));
        String plain = name.toString().replaceAll("\\s+", " ").strip();
        Matcher sideMark = SIDE_MARK.matcher(plain);
        if (sideMark.find()) {
            side = SIDES.get(sideMark.group(1));
            plain = plain.substring(sideMark.end()).strip();
        }
        if (plain.isEmpty()) {
            notes.add("指標名がありません");
        }
        return new IndicatorLabel(plain, refs, side, crossLink, plain.contains("累計"));
    }

    /** The side a 分野 cell names ({@code 社会} → {@code SOCIETY}), or null. */
    static String sideOf(String cell) {
        return SIDES.get(SheetValueParser.clean(cell == null ? "" : cell));
    }

    /** The side marker an initiative (取組名) carries, e.g. {@code (社会) 子育て環境の整備}, and the rest. */
    static String[] splitInitiative(String cell) {
        String text = SheetValueParser.collapseSpaces(cell == null ? "" : cell);
        Matcher sideMark = SIDE_MARK.matcher(text);
        if (sideMark.find()) {
            return new String[] {SIDES.get(sideMark.group(1)), text.substring(sideMark.end()).strip()};
        }
        return new String[] {null, text};
    }
}
