package jp.kyoso.portal.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyoso.mail.MailTemplates;
import jp.kyoso.mail.RenderedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of mail the portal sends has a Japanese and an English template that fill in without a hole. */
class MailTemplatesRenderTest {

    private final MailTemplates templates = new MailTemplates();

    private static Map<String, Object> values(boolean positive) {
        Map<String, Object> values = new HashMap<>();
        values.put("organisation", "しながわテック株式会社");
        values.put("portalLink", "https://kyoso.example.jp/#/");
        values.put("settingsLink", "https://kyoso.example.jp/#/settings/mail");
        values.put("title", "見守りセンサーの実証");
        values.put("reason", "予算の範囲を超えるため");
        values.put("comment", "目標の記述を具体的にしてください");
        values.put("registrationNumber", "SDGs-2026-0001");
        values.put("termStart", 2026);
        values.put("termEnd", 2028);
        values.put("reportFiscalYear", 2026);
        values.put("dueOn", "2027年6月30日");
        values.put("reportNotFiled", positive);
        values.put("eligible", positive);
        values.put("reasons", List.of("事業期間が要件外", "対象経費に該当しない"));
        values.put("awarded", positive);
        values.put("awardedYen", "1,200,000");
        values.put("tranche", 2);
        values.put("amountYen", "600,000");
        values.put("paidTotalYen", "1,200,000");
        values.put("name", "大井 太郎");
        values.put("startsAt", "2026年5月12日 14:00");
        values.put("endsAt", "2026年5月12日 16:00");
        values.put("hasPlace", positive);
        values.put("place", "品川区役所 第二庁舎");
        values.put("hasOnlineUrl", !positive);
        values.put("onlineUrl", "https://meet.example.jp/abc");
        values.put("meetingLink", "https://kyoso.example.jp/#/meetings/1");
        values.put("date", "2026年5月11日");
        values.put("count", 2);
        values.put("entries", List.of(
                Map.of("time", "2026年5月11日 10:00", "activity", "議事録の確定", "title", "脱炭素に関する意見交換会"),
                Map.of("time", "2026年5月11日 15:00", "activity", "会合の開催予定", "title", "第2回 部会")));
        values.put("notificationsLink", "https://kyoso.example.jp/#/notifications");
        return values;
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindRendersInBothLanguagesWithItsSettingsLink(MailKind kind) {
        for (String language : List.of("ja", "en")) {
            for (boolean positive : List.of(true, false)) {
                RenderedMail mail = templates.render(kind.key(), language, values(positive));
                assertFalse(mail.subject().isBlank(), kind + " " + language);
                assertFalse(mail.subject().contains("{{"), mail.subject());
                assertFalse(mail.body().contains("{{"), mail.body());
                assertTrue(mail.body().contains("https://kyoso.example.jp/#/settings/mail"), mail.body());
            }
        }
    }

    @Test
    void aDeclinedProposalSaysWhyInTheRecipientsLanguage() {
        RenderedMail ja = templates.render("proposal_declined", "ja", values(false));
        RenderedMail en = templates.render("proposal_declined", "en", values(false));
        assertTrue(ja.subject().contains("見守りセンサーの実証"), ja.subject());
        assertTrue(ja.body().contains("理由:\n予算の範囲を超えるため"), ja.body());
        assertTrue(en.body().contains("Reason:\n予算の範囲を超えるため"), en.body());
        assertTrue(en.body().startsWith("Dear しながわテック株式会社,"), en.body());
    }

    @Test
    void anIneligibleApplicationListsEachReasonAndAnEligibleOneNone() {
        RenderedMail ineligible = templates.render("application_screened", "ja", values(false));
        RenderedMail eligible = templates.render("application_screened", "ja", values(true));
        assertTrue(ineligible.body().contains("・事業期間が要件外\n・対象経費に該当しない"), ineligible.body());
        assertFalse(eligible.body().contains("理由"), eligible.body());
        assertTrue(eligible.body().contains("要件を満たしていると判断されました"), eligible.body());
    }

    @Test
    void aDigestListsEachActivityOnItsOwnLine() {
        RenderedMail digest = templates.render("daily_digest", "ja", values(true));
        assertTrue(digest.subject().contains("2026年5月11日のダイジェスト（2件）"), digest.subject());
        assertTrue(digest.body().contains("・2026年5月11日 10:00 議事録の確定: 脱炭素に関する意見交換会\n"
                + "・2026年5月11日 15:00 会合の開催予定: 第2回 部会\n"), digest.body());
    }

    @Test
    void aDecisionNamesTheGrantOrTheReason() {
        assertTrue(templates.render("application_decided", "en", values(true)).body().contains("Grant: 1,200,000 yen"));
        assertTrue(templates.render("application_decided", "ja", values(false)).body().contains("予算の範囲を超えるため"));
    }
}
