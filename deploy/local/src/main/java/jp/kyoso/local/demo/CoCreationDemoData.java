package jp.kyoso.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo seeds (シーズ) and local issues (地域課題), entered through the portal as the demo member of しながわテック株式会社
 * would. That organisation is admitted by co-creation itself on start-up in local mode (kyoso.demo.enabled), so it
 * exists before this runs. Idempotent: what is there already (same title) is skipped. Invented content.
 */
final class CoCreationDemoData {

    private static final String SEEDS = "/api/cocreation/seeds";
    private static final String ISSUES = "/api/cocreation/issues";

    private static final List<Map<String, Object>> DEMO_SEEDS = List.of(
            Map.of("title", "AIによる高齢者見守りセンサー",
                    "description", "生活リズムを非接触で見守り、異変を家族や地域包括支援センターへ知らせます。",
                    "sdgTargets", List.of("3.8", "11.7"), "keywords", List.of("見守り", "高齢者", "IoT"),
                    "contactName", "しながわテック 事業開発部", "contactEmail", "seeds@shinagawa-tech.example.jp"),
            Map.of("title", "商店街向けキャッシュレス・ポイント基盤",
                    "description", "商店街の加盟店で使える共通ポイントと決済データ分析を提供します。",
                    "sdgTargets", List.of("8.3", "9.c"), "keywords", List.of("商店街", "キャッシュレス", "地域通貨"),
                    "contactName", "しながわテック 事業開発部", "contactEmail", "seeds@shinagawa-tech.example.jp"));

    private static final List<Map<String, Object>> DEMO_ISSUES = List.of(
            Map.of("title", "商店街の空き店舗が増えている",
                    "body", "戸越銀座周辺で空き店舗が増え、商店街のにぎわいが失われつつあります。",
                    "sdgTargets", List.of("8.3", "11.3")),
            Map.of("title", "災害時の要配慮者への情報伝達",
                    "body", "大規模災害のとき、高齢者や外国人住民に避難情報が届きにくいという声があります。",
                    "sdgTargets", List.of("11.5", "13.1")));

    private CoCreationDemoData() {
    }

    /**
     * @param client a portal client; this logs it in as the demo member
     * @param demo how the demo accounts sign in
     * @return a one-line summary
     */
    static String load(PortalClient client, DemoContext demo) {
        client.login("member", demo.password());
        int seeds = 0;
        Set<String> existingSeeds = titles(client, SEEDS + "?size=100");
        for (Map<String, Object> seed : DEMO_SEEDS) {
            if (!existingSeeds.contains((String) seed.get("title"))) {
                client.post(SEEDS, seed, 201);
                seeds++;
            }
        }
        int issues = 0;
        for (Map<String, Object> issue : DEMO_ISSUES) {
            String title = (String) issue.get("title");
            Set<String> similar = titles(client, ISSUES + "/similar?q=" + URLEncoder.encode(title,
                    StandardCharsets.UTF_8));
            if (!similar.contains(title)) {
                client.post(ISSUES, issue, 201);
                issues++;
            }
        }
        return "co-creation: " + seeds + " seeds and " + issues + " issues added";
    }

    /** The titles in a page ({@code items}) or a plain list answer. */
    private static Set<String> titles(PortalClient client, String path) {
        JsonNode answer = client.get(path);
        JsonNode items = answer.isArray() ? answer : answer.path("items");
        Set<String> titles = new HashSet<>();
        items.forEach(item -> titles.add(item.path("title").asText()));
        return titles;
    }
}
