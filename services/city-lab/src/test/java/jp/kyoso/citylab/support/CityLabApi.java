package jp.kyoso.citylab.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.testsupport.TestTokens;

/** The HTTP calls the City Lab ITs make, as the roles that make them; test data through small mother methods. */
public final class CityLabApi {

    public static final String CHALLENGES = "/api/citylab/challenges";

    private final HttpClient http;
    private final JwtTokenGenerator jwt;

    public CityLabApi(HttpClient http, JwtTokenGenerator jwt) {
        this.http = http;
        this.jwt = jwt;
    }

    public String secretariat() {
        return TestTokens.secretariat(jwt);
    }

    public String staff(UUID department) {
        return TestTokens.staff(jwt, department);
    }

    public String member(UUID organisation) {
        return TestTokens.member(jwt, organisation);
    }

    public static Map<String, Object> draftForm(String title, String background, LocalDate deadline) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("background", background);
        form.put("desiredOutcome", "地域の課題が解決し、指標が改善すること");
        form.put("targetKpi", "空き店舗率");
        form.put("sdgTargets", List.of("8.3", "11.3"));
        form.put("budgetYen", 3_000_000);
        form.put("proposalDeadline", deadline.toString());
        return form;
    }

    public static Map<String, Object> refinementForm(String title, String background, String direction) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("background", background);
        form.put("desiredOutcome", "地域の課題が解決し、指標が改善すること");
        form.put("solutionDirection", direction);
        form.put("sdgTargets", List.of("8.3", "11.3"));
        form.put("budgetYen", 3_000_000);
        form.put("note", "解決の方向性を追記");
        return form;
    }

    public static Map<String, Object> proposalForm(String title) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("summary", "空き店舗を週替わりで地元事業者と学生に貸し出します。");
        form.put("approach", "商店街振興組合と連携し、出店者を公募します。");
        form.put("team", "プロジェクトマネージャー1名、デザイナー2名");
        form.put("sdgTargets", List.of("8.3", "11.3"));
        form.put("expectedOutcome", "来街者数の10%増加");
        form.put("costEstimateYen", 2_500_000);
        form.put("periodFrom", "2025-09-01");
        form.put("periodTo", "2026-03-31");
        return form;
    }

    public static LocalDate daysFromToday(int days) {
        return Instant.now().atZone(FiscalYear.TOKYO).toLocalDate().plusDays(days);
    }

    /** Drafts a challenge as the department and takes it through refinement and sign-off to publication. */
    public Map<?, ?> publishedChallenge(UUID department, String title, LocalDate deadline) {
        String id = (String) post(CHALLENGES, draftForm(title, title + "について地域から声が上がっています。", deadline),
                staff(department)).get("id");
        post(CHALLENGES + "/" + id + "/start-refinement", "", secretariat());
        post(CHALLENGES + "/" + id + "/versions", refinementForm(title, title + "の背景です。", "民間の知見で解決策を探る"),
                secretariat());
        post(CHALLENGES + "/" + id + "/request-signoff", "", secretariat());
        post(CHALLENGES + "/" + id + "/sign-off", "", staff(department));
        return post(CHALLENGES + "/" + id + "/publish", "", secretariat());
    }

    public Map<?, ?> post(String path, Object body, String token) {
        return http.toBlocking().retrieve(withToken(HttpRequest.POST(path, body), token), Map.class);
    }

    public Map<?, ?> put(String path, Object body, String token) {
        return http.toBlocking().retrieve(withToken(HttpRequest.PUT(path, body), token), Map.class);
    }

    public Map<?, ?> get(String path, String token) {
        return http.toBlocking().retrieve(withToken(HttpRequest.GET(path), token), Map.class);
    }

    public List<Map> getList(String path, String token) {
        return http.toBlocking().retrieve(withToken(HttpRequest.GET(path), token), Argument.listOf(Map.class));
    }

    /** The error response to a request that must fail. */
    public HttpClientResponseException refused(MutableHttpRequest<?> request, String token) {
        try {
            http.toBlocking().exchange(withToken(request, token), String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response to " + request);
    }

    public static String body(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }

    private static <T> MutableHttpRequest<T> withToken(MutableHttpRequest<T> request, String token) {
        return token == null ? request : request.bearerAuth(token);
    }
}
