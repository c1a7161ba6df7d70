package jp.kyoso.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A registered SDGs declaration for the demo member's company (organisation
 * {@code 00000000-0000-4000-8000-0000000000b1}), entered through the portal like the member and the secretariat
 * would: draft, submit, register. Idempotent: it continues from whatever state an earlier run left.
 */
final class DeclarationsDemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DeclarationsDemoData.class);
    private static final String BASE = "/api/declarations";
    private static final Duration APPROVAL_WAIT = Duration.ofSeconds(30);

    private DeclarationsDemoData() {
    }

    static String load(PortalClient client, DemoContext demo) {
        client.login("member", demo.password());
        JsonNode existing = client.get(BASE + "?size=1").path("items");
        JsonNode declaration = existing.isEmpty() ? draft(client) : existing.get(0);
        String id = declaration.path("id").asText();
        String status = declaration.path("status").asText();
        if ("DRAFT".equals(status) || "RETURNED".equals(status)) {
            declaration = client.post(BASE + "/" + id + "/submit",
                    Map.of("version", declaration.path("version").asLong()), 200);
            status = declaration.path("status").asText();
        }
        if ("SUBMITTED".equals(status)) {
            client.login("secretariat", demo.password());
            declaration = client.post(BASE + "/" + id + "/register", Map.of(), 200);
        }
        String summary = "declarations demo data: " + declaration.path("registrationNumber").asText("(unregistered)")
                + " " + declaration.path("status").asText();
        LOG.info("Loaded {}", summary);
        return summary;
    }

    /** The registry learns of approved organisations through events, so the first attempts may still be refused. */
    private static JsonNode draft(PortalClient client) {
        return client.postOnceAllowed(BASE, form(), 201, APPROVAL_WAIT);
    }

    private static Map<String, Object> form() {
        return Map.of(
                "representativeName", "品川 太郎",
                "representativeTitle", "代表取締役社長",
                "vision", "2030年、品川の水辺と商店街を次の世代へ。誰もが働きやすく、脱炭素で、地域に開かれた会社になります。",
                "commitments", List.of(
                        commitment("8.5", "障がい者と子育て世代の雇用を拡大し、短時間勤務を全職種に広げる", "障がい者雇用率",
                                "2.1%（2024年度）", "3.0%"),
                        commitment("11.7", "本社の緑地を週末に地域へ開放し、子ども向けの自然観察会を開く", "開放日数", "0日（2024年度）",
                                "100日"),
                        commitment("13.3", "全社員に気候変動の研修を行い、営業車をすべて電動化する", "電動車の比率", "10%（2024年度）",
                                "100%"),
                        commitment("17.17", "区内の中小企業と脱炭素の共同調達を行う", "参加企業数", "0社（2024年度）", "20社")));
    }

    private static Map<String, Object> commitment(String target, String action, String indicator, String baseline,
                                                  String targetValue) {
        return Map.of("target", target, "action", action, "indicator", indicator, "baseline", baseline,
                "targetValue", targetValue, "targetYear", 2030);
    }
}
