package jp.kyoso.fund.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies the fund's integration tests send (a call, an application, a score sheet) and answer readers. */
public final class FundRequests {

    private FundRequests() {
    }

    public static Map<String, Object> callRequest(long budgetCap) {
        Map<String, Object> call = new HashMap<>();
        call.put("title", "2025年度 ウェルビーイング・SDGs推進事業");
        call.put("purpose", "地域の課題を解決する事業を支援します。");
        call.put("budgetYen", budgetCap);
        call.put("maxGrantYen", 2_000_000);
        call.put("subsidyNumerator", 2);
        call.put("subsidyDenominator", 3);
        call.put("minReviewers", 2);
        call.put("blindReview", true);
        call.put("opensAt", Instant.now().minusSeconds(3600).toString());
        call.put("closesAt", Instant.now().plusSeconds(3600).toString());
        call.put("criteria", List.of(
                Map.of("code", "impact", "name", "地域への効果", "weight", 3, "inTotal", true),
                Map.of("code", "feasibility", "name", "実現性", "weight", 2, "inTotal", true),
                Map.of("code", "novelty", "name", "新規性（参考）", "weight", 1, "inTotal", false)));
        return call;
    }

    public static Map<String, Object> application(String callId, long requested) {
        Map<String, Object> application = new HashMap<>();
        application.put("callId", callId);
        application.put("title", "見守りネットワーク事業");
        application.put("plan", "商店街と連携して高齢者の見守りを行います。");
        application.put("sdgTargets", List.of("3.8", "11.7"));
        application.put("budget", List.of(Map.of("item", "人件費", "amountYen", 1_800_000),
                Map.of("item", "センサー機器", "amountYen", 600_000)));
        application.put("totalCostYen", 2_400_000);
        application.put("requestedYen", requested);
        application.put("expectedOutcomes", "見守り対象世帯の孤立防止");
        application.put("kpis", "見守り世帯数 100 世帯");
        return application;
    }

    public static Map<String, Object> scores(int impact, int feasibility, int novelty) {
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(Map.of("criterionCode", "impact", "score", impact, "comment", "効果が明確"));
        entries.add(Map.of("criterionCode", "feasibility", "score", feasibility));
        entries.add(Map.of("criterionCode", "novelty", "score", novelty));
        return Map.of("scores", entries, "confidence", 4);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    public static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}
