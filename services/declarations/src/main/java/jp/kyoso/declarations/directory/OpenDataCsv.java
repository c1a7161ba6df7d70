package jp.kyoso.declarations.directory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyoso.declarations.declaration.Commitment;
import jp.kyoso.declarations.declaration.Declaration;
import jp.kyoso.declarations.declaration.DeclarationDetails;
import jp.kyoso.declarations.declaration.LatestReport;
import jp.kyoso.events.FiscalYear;

/**
 * The registry as CSV: one row per commitment, declaration columns repeated (the tidy shape spreadsheets filter
 * well). UTF-8 with a byte-order mark so Excel opens the Japanese correctly; RFC 4180 quoting and CRLF.
 */
public final class OpenDataCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("登録番号", "状態", "団体名", "団体種別", "代表者役職", "代表者氏名",
            "2030年のビジョン", "登録期間開始年度", "登録期間終了年度", "登録日", "取消理由", "取組番号", "SDGsゴール",
            "SDGsターゲット", "具体的な取組", "指標", "基準値", "目標値", "目標年", "最新報告年度", "最新実績値");

    private OpenDataCsv() {
    }

    public static byte[] of(List<DeclarationDetails> registry, Map<String, String> statusLabels) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, HEADER);
        for (DeclarationDetails details : registry) {
            Declaration d = details.declaration();
            for (Commitment c : details.commitments()) {
                LatestReport.Line latest = details.latestLine(c.id());
                List<String> cells = new ArrayList<>(List.of(text(d.registrationNumber()),
                        statusLabels.getOrDefault(d.status().name(), d.status().name()), d.organisationName(),
                        d.organisationType().japanese(), d.representativeTitle(), d.representativeName(), d.vision(),
                        text(d.termStartFiscalYear()), text(d.termEndFiscalYear()),
                        d.registeredAt() == null ? "" : d.registeredAt().atZone(FiscalYear.TOKYO).toLocalDate()
                                .toString(),
                        text(d.publicReason()), String.valueOf(c.position() + 1), String.valueOf(c.goal()), c.target(),
                        c.action(), c.indicator(), c.baseline(), c.targetValue(), String.valueOf(c.targetYear()),
                        details.latestReport() == null ? "" : String.valueOf(details.latestReport().fiscalYear()),
                        latest == null ? "" : latest.valueReached()));
                row(csv, cells);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(cells.get(i).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
