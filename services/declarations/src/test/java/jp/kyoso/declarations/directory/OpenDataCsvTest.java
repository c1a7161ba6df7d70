package jp.kyoso.declarations.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.declarations.declaration.Commitment;
import jp.kyoso.declarations.declaration.Declaration;
import jp.kyoso.declarations.declaration.DeclarationDetails;
import jp.kyoso.declarations.declaration.DeclarationText;
import jp.kyoso.declarations.declaration.LatestReport;
import jp.kyoso.declarations.organisation.MembershipStatus;
import jp.kyoso.declarations.organisation.OrganisationReplica;
import jp.kyoso.events.cocreation.OrganisationType;
import org.junit.jupiter.api.Test;

class OpenDataCsvTest {

    private static final Instant AT = Instant.parse("2025-06-30T15:30:00Z");

    @Test
    void startsWithAByteOrderMarkQuotesEveryCellAndEndsRowsWithCrLf() {
        OrganisationReplica organisation = new OrganisationReplica(UUID.randomUUID(), "株式会社\"引用\"テスト",
                OrganisationType.COMPANY, MembershipStatus.APPROVED, AT);
        Declaration declaration = Declaration.draft(UUID.randomUUID(), organisation,
                        new DeclarationText("品川 花子", "代表", "一行目\n二行目"), AT, "m")
                .submit(AT, "m").register("SDGs-2025-0001", 2025, AT, "s");
        Commitment commitment = new Commitment(UUID.randomUUID(), declaration.id(), 0, "8.5", 8, "雇用, 拡大",
                "雇用率", "2.1%", "3.0%", 2030);

        LatestReport report = new LatestReport(2025, true, AT,
                Map.of(commitment.id(), new LatestReport.Line("2.5%", "順調")));
        byte[] csv = OpenDataCsv.of(List.of(new DeclarationDetails(declaration, List.of(commitment), report)),
                Map.of("REGISTERED", "登録済み"));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] rows = text.split("\r\n");
        assertEquals(2, rows.length);
        assertEquals(OpenDataCsv.HEADER.size(), rows[0].split("\",\"").length);
        assertEquals("\"SDGs-2025-0001\",\"登録済み\",\"株式会社\"\"引用\"\"テスト\",\"企業\"", rows[1].substring(0,
                rows[1].indexOf(",\"代表\"")));
        assertEquals(true, rows[1].contains("\"一行目\n二行目\""));
        assertEquals(true, rows[1].contains("\"2025-07-01\""), "registration date in Tokyo: " + rows[1]);
        assertEquals(true, rows[1].contains("\"雇用, 拡大\""));
        assertEquals(true, rows[1].endsWith("\"2025\",\"2.5%\""), "latest report's year and value: " + rows[1]);
    }
}
