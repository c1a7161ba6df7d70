package jp.kyoso.kpi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every header variant of the SDGs Future Cities' evaluation sheets, and what it is read as. */
class SheetColumnTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            当初値                                | BASELINE
            基準値                                | BASELINE
            当初値（2022年）                      | BASELINE
            現在値                                | LATEST
            現状値                                | LATEST
            実績                                  | LATEST
            2024年実績                            | LATEST
            2024年度実績                          | LATEST
            2024年（現状値）                      | LATEST
            ２０２４年（現状値）                  | LATEST
            目標値                                | TARGET
            2026年目標値                          | TARGET
            2030年（目標値）                      | TARGET
            達成度                                | REPORTED_ACHIEVEMENT
            達成度（%）                           | REPORTED_ACHIEVEMENT
            達成度 (%)                            | REPORTED_ACHIEVEMENT
            達成率                                | REPORTED_ACHIEVEMENT
            進捗率                                | REPORTED_ACHIEVEMENT
            指標名                                | NAME
            指標名 ※[]内はゴール・ターゲット番号  | NAME
            分野                                  | FIELD
            取組名                                | INITIATIVE
            取組                                  | INITIATIVE
            取組内容                              | CONTENT
            進捗状況や課題等                      | PROGRESS_NOTE
            備考                                  | REMARKS
            方向                                  | DIRECTION
            No                                    | NO
            No.                                   | NO
            Ｎｏ                                  | NO
            番号                                  | NO
            達成度（計算）                        | COMPUTED_ACHIEVEMENT
            照合                                  | CHECK
            """)
    void recognisesTheHeader(String header, SheetColumn column) {
        assertEquals(Optional.of(column), SheetColumn.ofHeader(header));
    }

    @Test
    void aBlankHeaderContinuesItsLeftNeighbourAndAnUnknownOneIsNamed() {
        assertEquals(Optional.empty(), SheetColumn.ofHeader(" "));
        SheetLayout layout = SheetLayout.of(List.of("指標名", "当初値", "", "担当課", "目標値"));
        assertEquals(List.of(List.of(1, 2)), layout.groups(SheetColumn.BASELINE));
        assertEquals(List.of("担当課"), layout.unknownHeaders());
        SheetFormatException refused = assertThrows(SheetFormatException.class,
                () -> EvaluationSheet.read("指標名\t当初値\t担当課\t目標値\n件数\t2020年 1 件\t環境課\t2030年 2 件\n"));
        assertEquals("sheet.unknownHeader", refused.code());
        assertEquals(List.of("担当課"), List.of(refused.args()));
    }
}
