package jp.kyoso.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A City Lab story for the demo, through the portal like the real users: the demo staff's department drafts a
 * challenge, the secretariat refines and (after the department's sign-off) publishes it, the department offers a test
 * field, and the demo member's company proposes. Idempotent: each step is skipped when its result is already there,
 * and a half-finished run is completed from where it stopped.
 *
 * <p>The member's company ({@code ...b1}) is approved by the co-creation demo data; City Lab learns that through
 * Kafka, so the proposal is retried for a while until the approval has arrived.
 */
final class CityLabDemoData {

    static final String CHALLENGE_TITLE = "商店街の空き店舗を活用したにぎわい創出";
    static final String FIELD_NAME = "戸越銀座商店街の空き店舗（区借上げ）";
    static final String PROPOSAL_TITLE = "ポップアップ店舗の循環運営による回遊性向上";

    private static final Logger LOG = LoggerFactory.getLogger(CityLabDemoData.class);
    private static final String CHALLENGES = "/api/citylab/challenges";
    private static final Duration APPROVAL_WAIT = Duration.ofSeconds(60);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private CityLabDemoData() {
    }

    /**
     * @param client a portal client (this method logs in as the roles it needs)
     * @param demo how the demo accounts sign in
     * @return a one-line summary
     */
    static String load(PortalClient client, DemoContext demo) {
        client.login("staff", demo.password());
        JsonNode challenge = findByTitle(client.get(CHALLENGES + "?mine=true&size=100"), "title", CHALLENGE_TITLE);
        if (challenge == null) {
            challenge = client.post(CHALLENGES, draft(), 201);
        }
        if (findByTitle(client.get("/api/citylab/test-fields?size=100"), "name", FIELD_NAME) == null) {
            client.post("/api/citylab/test-fields", testField(), 201);
        }
        String id = challenge.path("id").asText();
        String status = challenge.path("status").asText();

        client.login("secretariat", demo.password());
        if ("DRAFT".equals(status)) {
            status = client.post(CHALLENGES + "/" + id + "/start-refinement", null, 200).path("status").asText();
        }
        if ("IN_REFINEMENT".equals(status)) {
            client.post(CHALLENGES + "/" + id + "/versions", refinement(), 201);
            status = client.post(CHALLENGES + "/" + id + "/request-signoff", null, 200).path("status").asText();
        }
        if ("AWAITING_SIGNOFF".equals(status)) {
            if (!client.get(CHALLENGES + "/" + id).path("signedOff").asBoolean()) {
                client.login("staff", demo.password());
                client.post(CHALLENGES + "/" + id + "/sign-off", null, 200);
                client.login("secretariat", demo.password());
            }
            status = client.post(CHALLENGES + "/" + id + "/publish", null, 200).path("status").asText();
        }

        client.login("member", demo.password());
        boolean proposed = findByTitle(client.get("/api/citylab/proposals/mine?size=100"), "title",
                PROPOSAL_TITLE) != null;
        if (!proposed && "PUBLISHED".equals(status)) {
            proposed = proposeWhenApproved(client, id);
        }
        String summary = "City Lab demo data: challenge " + status + (proposed ? " with the member's proposal"
                : " (the member's organisation is not approved in City Lab yet, no proposal)");
        LOG.info("Loaded {}", summary);
        return summary;
    }

    private static boolean proposeWhenApproved(PortalClient client, String challengeId) {
        try {
            client.postOnceAllowed(CHALLENGES + "/" + challengeId + "/proposals", proposal(), 201, APPROVAL_WAIT);
            return true;
        } catch (ConditionTimeoutException | IllegalStateException refused) {
            // Still 403 after the wait (the company's approval has not reached City Lab) or another refusal.
            LOG.warn("City Lab demo proposal not submitted: {}", refused.getMessage());
            return false;
        }
    }

    private static JsonNode findByTitle(JsonNode page, String field, String value) {
        for (JsonNode item : page.path("items")) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        return null;
    }

    private static Map<String, Object> draft() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", CHALLENGE_TITLE);
        body.put("background", "戸越銀座周辺の商店街で空き店舗が増え、平日の人通りが減っています。後継者不足で閉店が続いています。");
        body.put("desiredOutcome", "空き店舗を活用して商店街の回遊性とにぎわいを取り戻す");
        body.put("targetKpi", "空き店舗率（2025年7月 8.2%）");
        body.put("constraints", "区の予算は単年度。建物の改修は所有者の同意が必要です。");
        body.put("sdgTargets", List.of("8.3", "11.3"));
        body.put("budgetYen", 3_000_000);
        body.put("testFieldOffered", FIELD_NAME);
        body.put("proposalDeadline", LocalDate.now(TOKYO).plusDays(60).toString());
        return body;
    }

    private static Map<String, Object> refinement() {
        Map<String, Object> body = draft();
        body.remove("proposalDeadline");
        body.put("solutionDirection", "期間限定店舗（ポップアップ）や創業支援と組み合わせ、空き店舗を段階的に埋める");
        body.put("note", "事務局による掘り下げ：解決の方向性を追記");
        return body;
    }

    private static Map<String, Object> testField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", FIELD_NAME);
        body.put("facilityType", "店舗");
        body.put("area", "戸越");
        body.put("description", "区が借り上げた空き店舗1区画（約30㎡）。実証期間中の利用が可能です。");
        body.put("dataAvailable", "商店街の歩行者通行量（月次）");
        body.put("residentMonitors", true);
        return body;
    }

    private static Map<String, Object> proposal() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", PROPOSAL_TITLE);
        body.put("summary", "空き店舗を2週間ごとに地元事業者・学生に貸し出し、商店街全体の回遊を促します。");
        body.put("approach", "商店街振興組合と出店者を公募し、出店と回遊をアプリで可視化します。");
        body.put("team", "プロジェクトマネージャー1名、エンジニア2名、デザイナー1名");
        body.put("sdgTargets", List.of("8.3", "11.3"));
        body.put("expectedOutcome", "平日来街者数10%増、空き店舗3区画の本出店");
        body.put("costEstimateYen", 2_500_000);
        body.put("periodFrom", LocalDate.now(TOKYO).plusDays(90).toString());
        body.put("periodTo", LocalDate.now(TOKYO).plusDays(270).toString());
        return body;
    }
}
