package jp.kyoso.web.problem;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jp.kyoso.correlation.CorrelationIds;
import jp.kyoso.web.security.KyosoClaims;
import jp.kyoso.web.security.Roles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts an embedded server with the test controller and checks what clients see when things go wrong. */
@MicronautTest
class WebErrorsTest {

    private static final String INVALID_DECLARATION = """
            {"name": " ", "corporateNumber": "12-34", "level": 9,
             "commitments": [{"target": "", "actions": ["a", "b", "c"]}]}""";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    JwtTokenGenerator tokens;

    @Test
    void validationErrorsAreJapaneseByDefault() throws IOException {
        HttpResponse<String> response = exchange(HttpRequest.POST("/test/declarations", INVALID_DECLARATION));

        Problem problem = problem(response, 400);
        assertEquals("urn:kyoso:problem:invalid-input", problem.type());
        assertEquals("入力内容に誤りがあります", problem.title());
        assertEquals("/test/declarations", problem.instance());
        assertEquals("ja", response.header(HttpHeaders.CONTENT_LANGUAGE));
        assertEquals(List.of(
                new FieldError("commitments[0].actions", "Size", "2件以内で指定してください"),
                new FieldError("commitments[0].target", "NotBlank", "必須項目です"),
                new FieldError("corporateNumber", "Pattern", "形式が正しくありません"),
                new FieldError("level", "Max", "5以下の値を入力してください"),
                new FieldError("name", "NotBlank", "必須項目です")), problem.errors());
    }

    @Test
    void validationErrorsAreEnglishWhenAsked() throws IOException {
        HttpResponse<String> response = exchange(HttpRequest.POST("/test/declarations", INVALID_DECLARATION)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9,ja;q=0.5"));

        Problem problem = problem(response, 400);
        assertEquals("Invalid input", problem.title());
        assertEquals("Please check your input (5 problems).", problem.detail());
        assertEquals("en", response.header(HttpHeaders.CONTENT_LANGUAGE));
        assertEquals(new FieldError("name", "NotBlank", "is required"), problem.errors().get(4));
        assertEquals(new FieldError("commitments[0].actions", "Size", "must contain at most 2 items"),
                problem.errors().get(0));
    }

    @Test
    void validBodiesStillWork() {
        HttpResponse<String> response = exchange(HttpRequest.POST("/test/declarations",
                "{\"name\": \"品川\", \"commitments\": [{\"target\": \"11.2\"}]}"));
        assertEquals(201, response.code());
    }

    @Test
    void applicationExceptionsAreLocalisedProblems() throws IOException {
        Problem invalid = problem(exchange(HttpRequest.GET("/test/invalid")), 400);
        assertEquals(List.of(new FieldError("name", "test.name.taken", "「共創」は既に使われています")), invalid.errors());

        Problem notFound = problem(exchange(HttpRequest.GET("/test/things/12345")), 404);
        assertEquals("テスト項目（ID: 12345）が見つかりません。", notFound.detail());
        Problem notFoundEn = problem(exchange(HttpRequest.GET("/test/things/12345")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")), 404);
        assertEquals("Test item 12345 was not found.", notFoundEn.detail());

        Problem conflict = problem(exchange(HttpRequest.GET("/test/conflict")), 409);
        assertEquals("urn:kyoso:problem:test.thing.locked", conflict.type());
        assertEquals("「A-1」はロックされています", conflict.detail());

        Problem forbidden = problem(exchange(HttpRequest.GET("/test/forbidden")), 403);
        assertEquals("権限がありません", forbidden.title());
    }

    @Test
    void frameworkErrorsAreProblemsToo() throws IOException {
        Problem noRoute = problem(exchange(HttpRequest.GET("/no/such/route")), 404);
        assertEquals("urn:kyoso:problem:not-found", noRoute.type());
        assertEquals("見つかりません", noRoute.title());

        problem(exchange(HttpRequest.DELETE("/test/invalid")), 405);
        problem(exchange(HttpRequest.POST("/test/declarations", "name=x")
                .contentType(MediaType.TEXT_PLAIN_TYPE)), 415);

        Problem badJson = problem(exchange(HttpRequest.POST("/test/declarations", "{\"name\": ")), 400);
        assertEquals("urn:kyoso:problem:malformed-body", badJson.type());

        Problem wrongType = problem(exchange(HttpRequest.POST("/test/declarations", "{\"name\": \"x\", \"level\": \"high\"}")), 400);
        assertEquals(List.of(new FieldError("level", "Type.integer", "整数で指定してください")), wrongType.errors());

        Problem wrongDocument = problem(exchange(HttpRequest.POST("/test/declarations", "[]")), 400);
        assertEquals(List.of("declaration"), wrongDocument.errors().stream().map(FieldError::field).toList());

        Problem noBody = problem(exchange(HttpRequest.POST("/test/declarations", "")
                .contentType(MediaType.APPLICATION_JSON_TYPE)), 400);
        assertEquals(List.of(new FieldError("declaration", "Required", "必須項目です")), noBody.errors());

        Problem missing = problem(exchange(HttpRequest.GET("/test/count")), 400);
        assertEquals(List.of(new FieldError("count", "Required", "必須項目です")), missing.errors());

        Problem notANumber = problem(exchange(HttpRequest.GET("/test/count?count=abc")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")), 400);
        assertEquals(List.of(new FieldError("count", "Invalid", "has an invalid format")), notANumber.errors());
    }

    @Test
    void valuesTheDatabaseRefusesAsDataAreBadRequestsNotServerErrors() throws IOException {
        HttpResponse<String> response = exchange(HttpRequest.GET("/test/unstorable")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        Problem problem = problem(response, 400);
        assertEquals("urn:kyoso:problem:unstorable-input", problem.type());
        assertFalse(response.body().contains("UTF8") || response.body().contains("PERSIST"), response.body());
    }

    @Test
    void unknownErrorsNeverLeakDetails() throws IOException {
        HttpResponse<String> response = exchange(HttpRequest.GET("/test/boom").header(CorrelationIds.HEADER, "boom-1"));

        Problem problem = problem(response, 500);
        assertEquals("urn:kyoso:problem:internal", problem.type());
        assertTrue(problem.detail().contains("boom-1"), problem.detail());
        String body = response.body();
        assertFalse(body.contains("secret") || body.contains("jdbc") || body.contains("IllegalState"), body);
    }

    @Test
    void securityRejectionsAreProblems() throws IOException {
        Problem unauthorized = problem(exchange(HttpRequest.GET("/test/me")), 401);
        assertEquals("urn:kyoso:problem:unauthorized", unauthorized.type());
        assertEquals("ログインが必要です", unauthorized.title());

        Problem badToken = problem(exchange(HttpRequest.GET("/test/me").bearerAuth("not.a.jwt")), 401);
        assertEquals("urn:kyoso:problem:unauthorized", badToken.type());

        Problem forbidden = problem(exchange(HttpRequest.GET("/test/admin").bearerAuth(memberToken())), 403);
        assertEquals("urn:kyoso:problem:forbidden", forbidden.type());
    }

    @Test
    void currentUserIsBoundFromTheToken() throws IOException {
        HttpResponse<String> response = exchange(HttpRequest.GET("/test/me").bearerAuth(memberToken()));
        assertEquals(200, response.code(), response.body());
        Map<?, ?> me = json.readValue(response.body(), Map.class);
        assertEquals("u-1", me.get("userId"));
        assertEquals("taro", me.get("username"));
        assertEquals("org-9", me.get("organisationId"));
        assertEquals(List.of(Roles.MEMBER), me.get("roles"));

        assertEquals("anonymous", exchange(HttpRequest.GET("/test/maybe-me")).body());
        assertEquals("taro", exchange(HttpRequest.GET("/test/maybe-me").bearerAuth(memberToken())).body());
    }

    @Test
    void pagesAreBoundFromQueryParameters() throws IOException {
        HttpResponse<String> response = exchange(HttpRequest.GET("/test/numbers?page=2&size=20"));
        assertEquals(200, response.code(), response.body());
        Map<?, ?> page = json.readValue(response.body(), Map.class);
        assertEquals(List.of(40, 41, 42, 43, 44), page.get("items"));
        assertEquals(45, page.get("totalItems"));
        assertEquals(3, page.get("totalPages"));

        Map<?, ?> defaults = json.readValue(exchange(HttpRequest.GET("/test/numbers")).body(), Map.class);
        assertEquals(20, defaults.get("size"));

        Problem negative = problem(exchange(HttpRequest.GET("/test/numbers?page=-1&size=x")), 400);
        assertEquals(List.of(new FieldError("size", "Invalid", "形式が違います（テスト用の上書き）")), negative.errors());
        Problem negativePage = problem(exchange(HttpRequest.GET("/test/numbers?page=-1")), 400);
        assertEquals(List.of(new FieldError("page", "Min", "0以上の値を入力してください")), negativePage.errors());
    }

    @Test
    void correlationIdIsEchoedOrGenerated() throws IOException {
        HttpResponse<String> echoed = exchange(HttpRequest.GET("/test/mdc").header(CorrelationIds.HEADER, "req-42.a_b"));
        assertEquals("req-42.a_b", echoed.header(CorrelationIds.HEADER));
        Map<?, ?> seen = json.readValue(echoed.body(), Map.class);
        assertEquals("req-42.a_b", seen.get("mdc"), "MDC on " + seen.get("thread"));
        assertEquals("req-42.a_b", seen.get("current"));

        String generated = exchange(HttpRequest.GET("/test/mdc")).header(CorrelationIds.HEADER);
        assertNotNull(generated);
        assertTrue(CorrelationIds.isValid(generated));

        String replaced = exchange(HttpRequest.GET("/test/mdc").header(CorrelationIds.HEADER, "bad id!" + "x".repeat(80)))
                .header(CorrelationIds.HEADER);
        assertTrue(CorrelationIds.isValid(replaced), replaced);
        assertNotEquals(generated, replaced);

        // Errors, including security rejections and unknown routes, carry it too.
        assertEquals("sec-1", exchange(HttpRequest.GET("/test/me").header(CorrelationIds.HEADER, "sec-1"))
                .header(CorrelationIds.HEADER));
        assertEquals("nf-1", exchange(HttpRequest.GET("/nowhere").header(CorrelationIds.HEADER, "nf-1"))
                .header(CorrelationIds.HEADER));
    }

    private String memberToken() {
        Authentication taro = Authentication.build("taro", List.of(Roles.MEMBER),
                Map.of(KyosoClaims.USER_ID, "u-1", KyosoClaims.ORGANISATION_ID, "org-9"));
        return tokens.generateToken(taro, 600).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<String>) e.getResponse();
        }
    }

    private Problem problem(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.code(), response.body());
        assertEquals(Problem.MEDIA_TYPE, response.getContentType().map(MediaType::toString).orElse(null));
        Problem problem = json.readValue(response.body(), Problem.class);
        assertEquals(status, problem.status());
        assertNotNull(problem.title());
        return problem;
    }
}
