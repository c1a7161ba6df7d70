package jp.kyoso.kpi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value form the evaluation sheets write, as "period figure unit" ("-" for no period). */
class SheetValueParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023年度 21,771 人          | 2023年度 21771 人
            2025年7月 59施設            | 2025年7月 59 施設
            2024年12月末現在 39 か所    | 2024年12月末現在 39 か所
            2024 4.66 点                | 2024 4.66 点
            2023年度実績 0.96           | 2023年度実績 0.96
            令和6年度 12 件             | 令和6年度 12 件
            47.0% (2022年)              | 2022年 47.0 %
            47.0％（2022年）            | 2022年 47.0 %
            2,716,584 百万円 (2016年)   | 2016年 2716584 百万円
            15校 (2023年4月)            | 2023年4月 15 校
            0社 (2024年度)              | 2024年度 0 社
            （2022年度）47.0%           | 2022年度 47.0 %
            (2022年度) 47.0 %           | 2022年度 47.0 %
            ２０２２年　４７．０％      | 2022年 47.0 %
            2030年 －5 件               | 2030年 -5 件
            2030年 ▲5 件                | 2030年 -5 件
            2030年 −5 件                | 2030年 -5 件
            2021年 1,771千t             | 2021年 1771 千t
            2024年度 12千人             | 2024年度 12 千人
            2024年度 350万円            | 2024年度 350 万円
            2023年度 全校実施           | 2023年度 全校実施
            """)
    void readsTheValue(String cell, String expected) {
        assertEquals(expected, EvaluationSheetTest.describe(SheetValueParser.parse(cell)));
    }

    @ParameterizedTest(name = "[{0}] is missing")
    @ValueSource(strings = {"-", "―", "－", "ー", "", " ", "　"})
    void readsDashesAndBlanksAsMissing(String cell) {
        assertTrue(SheetValueParser.parse(cell).isEmpty());
    }

    @Test
    void keepsTheNoteOfANewProgrammeWrittenWithoutASpace() {
        SheetValue value = SheetValueParser.parse("新規事業のため0社");
        assertEquals("- 0 社", EvaluationSheetTest.describe(value));
        assertEquals(List.of("新規事業のため"), value.notes());
    }

    @Test
    void splitsACellWithOneValuePerLabelledPart() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("児童", "0.97 (2021年度)");
        parts.put("生徒", "0.92 (2021年度)");
        assertEquals(parts, SheetValueParser.labelledParts("児童：0.97 生徒：0.92 (2021年度)"));
        assertEquals(Map.of(), SheetValueParser.labelledParts("47.0% (2022年)"));
        assertEquals(Map.of(), SheetValueParser.labelledParts("児童：0.97"));
    }

    @Test
    void takesThePeriodOfAHeaderAndTheTextOfMarkup() {
        assertEquals("2024年", SheetValueParser.periodOfHeader("2024年（現状値）"));
        assertEquals("2026年度", SheetValueParser.periodOfHeader("2026年度目標値"));
        assertEquals(null, SheetValueParser.periodOfHeader("現在値"));
        assertEquals("一つ目\n二つ目", SheetValueParser.plainText("<ul style=\"x\"><li>一つ目</li><li> 二つ目</li></ul>"));
    }
}
