package jp.kyoso.cocreation.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kyoso.events.cocreation.OrganisationType;
import org.junit.jupiter.api.Test;

class CouncilMemberListTest {

    private static final String HEADER = "団体名,種別,法人番号,連絡先\r\n";

    @Test
    void readsUtf8WithBomHeaderQuotesAndTheThreeContactForms() {
        String csv = "\uFEFF" + HEADER
                + "\"しながわテック株式会社, 本社\",企業,７０００ ０１２０-５０００２,品川 太郎 <taro@example.jp>\r\n"
                + "しながわ湾岸工科大学,UNIVERSITY,,renkei@example.jp\r\n"
                + "\r\n"
                + "\"NPO法人 \"\"まちづくり\"\"\",NPO・地域団体,,戸越 さくら\n";

        CouncilMemberList list = CouncilMemberList.parse(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(), list.errors());
        List<CouncilMember> members = list.members();
        assertEquals(3, members.size());
        assertEquals(new CouncilMember(2, "しながわテック株式会社, 本社", OrganisationType.COMPANY,
                new CorporateNumber("7000012050002"), "品川 太郎", "taro@example.jp"), members.get(0));
        assertEquals(new CouncilMember(3, "しながわ湾岸工科大学", OrganisationType.UNIVERSITY, null, null,
                "renkei@example.jp"), members.get(1));
        assertEquals(new CouncilMember(5, "NPO法人 \"まちづくり\"", OrganisationType.NPO, null, "戸越 さくら", null),
                members.get(2));
    }

    @Test
    void withoutBomOrHeaderEveryRowIsData() {
        CouncilMemberList list = CouncilMemberList.parse("目黒川信用金庫,FINANCIAL_INSTITUTION,,\n"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(1, list.members().size());
        assertEquals(1, list.members().get(0).row());
    }

    @Test
    void reportsEveryBadRowAndColumnAndKeepsNothingBack() {
        String csv = HEADER
                + "良い株式会社,企業,,\n"
                + ",謎の種別,8000012050002,taro@@example\n"
                + "重複株式会社,SME,7000012050002,\n"
                + "重複二号株式会社,SME,7000012050002,\n"
                + "良い株式会社,STARTUP,,\n";

        CouncilMemberList list = CouncilMemberList.parse(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(
                new RowError(3, "name", "NotBlank"),
                new RowError(3, "organisationType", "csv.organisationType.unknown"),
                new RowError(3, "corporateNumber", "corporateNumber.invalid"),
                new RowError(3, "contact", "csv.contact.email"),
                new RowError(5, "corporateNumber", "csv.corporateNumber.duplicate"),
                new RowError(6, "name", "csv.name.duplicate")), list.errors());
        assertTrue(!list.isValid());
    }

    @Test
    void refusesShiftJisAndEmptyFiles() {
        byte[] shiftJis = (HEADER + "品川株式会社,企業,,\n").getBytes(Charset.forName("Shift_JIS"));

        assertEquals(List.of(new RowError(0, "file", "csv.encoding")), CouncilMemberList.parse(shiftJis).errors());
        assertEquals(List.of(new RowError(0, "file", "csv.empty")),
                CouncilMemberList.parse(HEADER.getBytes(StandardCharsets.UTF_8)).errors());
    }

    @Test
    void refusesAnUnclosedQuote() {
        byte[] csv = (HEADER + "\"品川株式会社,企業,,\n").getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of(new RowError(0, "file", "csv.quotes")), CouncilMemberList.parse(csv).errors());
    }
}
