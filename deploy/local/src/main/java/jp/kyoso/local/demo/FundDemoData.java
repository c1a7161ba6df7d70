package jp.kyoso.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The well-being & SDGs fund on a fresh machine: the city's and an investor bank's contributions (received), an open
 * call for applications with its scoring criteria, and the demo committee members committee1..3 registered with the
 * fund so that reviewers can be assigned. Idempotent: what exists is skipped.
 */
final class FundDemoData {

    static final String CALL_TITLE = "ウェルビーイング・SDGs推進事業 補助金 公募（デモ）";
    private static final String INVESTOR_NAME = "目黒川信用金庫";
    private static final long CITY_CONTRIBUTION = 20_000_000;
    private static final long INVESTOR_CONTRIBUTION = 5_000_000;

    private FundDemoData() {
    }

    static String load(PortalClient client, DemoContext demo) {
        client.login("secretariat", demo.password());
        int contributions = 0;
        if (client.get("/api/fund/contributions?size=1").path("totalItems").asLong() == 0) {
            contribute(client, Map.of("contributorKind", "CITY", "contributorName", "品川区",
                    "amountYen", CITY_CONTRIBUTION));
            contributions++;
            String investor = approvedOrganisationId(client, INVESTOR_NAME);
            if (investor != null) {
                contribute(client, Map.of("contributorKind", "INVESTOR", "contributorOrganisationId", investor,
                        "contributorName", INVESTOR_NAME, "amountYen", INVESTOR_CONTRIBUTION));
                contributions++;
            }
        }
        boolean callExists = false;
        for (JsonNode call : client.get("/api/fund/calls?size=100").path("items")) {
            callExists |= CALL_TITLE.equals(call.path("title").asText());
        }
        if (!callExists) {
            JsonNode call = client.post("/api/fund/calls", openCall(), 201);
            client.post("/api/fund/calls/" + call.path("id").asText() + "/open", null, 200);
        }
        for (String member : List.of("committee1", "committee2", "committee3")) {
            client.login(member, demo.password());
            client.get("/api/fund/review/assignments");
        }
        return "fund demo data: " + contributions + " contribution(s) recorded, "
                + (callExists ? "call already open" : "1 call opened") + ", committee1..3 registered";
    }

    private static void contribute(PortalClient client, Map<String, Object> pledge) {
        JsonNode contribution = client.post("/api/fund/contributions", pledge, 201);
        client.post("/api/fund/contributions/" + contribution.path("id").asText() + "/receipts",
                Map.of("amountYen", pledge.get("amountYen")), 200);
    }

    private static String approvedOrganisationId(PortalClient client, String name) {
        for (JsonNode organisation : client.get("/api/cocreation/organisations?status=APPROVED&size=100")
                .path("items")) {
            if (name.equals(organisation.path("name").asText())) {
                return organisation.path("id").asText();
            }
        }
        return null;
    }

    private static Map<String, Object> openCall() {
        return FundCallBody.of(CALL_TITLE, "区民のウェルビーイング向上とSDGsの達成に資する、区内団体の先進的な事業を支援します。",
                10_000_000, List.of(FundCallBody.criterion("impact", "地域課題への効果", 3, true),
                        FundCallBody.criterion("feasibility", "実現性・継続性", 2, true),
                        FundCallBody.criterion("partnership", "連携・波及効果", 2, true),
                        FundCallBody.criterion("novelty", "先進性（参考）", 1, false)));
    }
}
