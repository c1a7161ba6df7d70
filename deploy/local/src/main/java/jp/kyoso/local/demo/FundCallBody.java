package jp.kyoso.local.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a fund call (公募) as {@code POST /api/fund/calls} takes it, open from yesterday for 60 days with the
 * fund's usual rules (two-thirds subsidy, ¥2,000,000 at most per grant, two reviewers): the demo data and the tests
 * vary only the title, the purpose, the budget and the criteria.
 */
public final class FundCallBody {

    private FundCallBody() {
    }

    public static Map<String, Object> of(String title, String purpose, long budgetCapYen,
                                         List<Map<String, Object>> criteria) {
        Instant now = Instant.now();
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("title", title);
        call.put("purpose", purpose);
        call.put("budgetCapYen", budgetCapYen);
        call.put("maxGrantYen", 2_000_000);
        call.put("subsidyNumerator", 2);
        call.put("subsidyDenominator", 3);
        call.put("declarationBonusHundredths", 20);
        call.put("minReviewers", 2);
        call.put("reviewerLoadCap", 10);
        call.put("blindReview", false);
        call.put("opensAt", now.minus(Duration.ofDays(1)).toString());
        call.put("closesAt", now.plus(Duration.ofDays(60)).toString());
        call.put("criteria", criteria);
        return call;
    }

    /** One scoring criterion; {@code inTotal} false makes it a reference score outside the weighted total. */
    public static Map<String, Object> criterion(String code, String name, int weight, boolean inTotal) {
        return Map.of("code", code, "name", name, "weight", weight, "inTotal", inTotal);
    }
}
