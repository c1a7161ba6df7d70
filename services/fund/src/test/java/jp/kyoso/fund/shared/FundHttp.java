package jp.kyoso.fund.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.testsupport.TestTokens;

/** The fund's HTTP API as the test's users call it, each with a token as the portal would issue it. */
public final class FundHttp {

    private final HttpClient http;
    private final JwtTokenGenerator jwt;

    public FundHttp(HttpClient http, JwtTokenGenerator jwt) {
        this.http = http;
        this.jwt = jwt;
    }

    public String secretariat() {
        return TestTokens.secretariat(jwt);
    }

    public String member(UUID organisationId) {
        return TestTokens.member(jwt, organisationId);
    }

    public String committee(String username, UUID organisationId) {
        return TestTokens.issue(jwt, username, organisationId, "COMMITTEE");
    }

    public static String userIdOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes()).toString();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> post(String token, String path, Object body) {
        return http.toBlocking().retrieve(with(HttpRequest.POST(path, body == null ? "" : body), token), Map.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> put(String token, String path, Object body) {
        return http.toBlocking().retrieve(with(HttpRequest.PUT(path, body), token), Map.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> get(String token, String path) {
        return http.toBlocking().retrieve(with(HttpRequest.GET(path), token), Map.class);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items(String token, String path) {
        return (List<Map<String, Object>>) get(token, path).get("items");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> postForList(String token, String path) {
        return (List<Map<String, Object>>) (List<?>) http.toBlocking().retrieve(with(HttpRequest.POST(path, ""), token),
                io.micronaut.core.type.Argument.listOf(Map.class));
    }

    public String getRaw(String token, String path) {
        return http.toBlocking().retrieve(with(HttpRequest.GET(path), token), String.class);
    }

    /** The error response the request must get. */
    public HttpClientResponseException refused(MutableHttpRequest<?> request, String token) {
        try {
            http.toBlocking().exchange(with(request, token), String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response to " + request);
    }

    /** Status and problem type of a refused request, e.g. "403 urn:kyoso:problem:fund.conflict.investor". */
    public String refusal(MutableHttpRequest<?> request, String token) {
        HttpClientResponseException e = refused(request, token);
        String body = e.getResponse().getBody(String.class).orElse("");
        int typeAt = body.indexOf("urn:kyoso:problem:");
        String type = typeAt < 0 ? "" : body.substring(typeAt, body.indexOf('"', typeAt));
        return e.getStatus().getCode() + " " + type;
    }

    public static String body(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }

    public static boolean is(HttpClientResponseException e, HttpStatus status) {
        return e.getStatus() == status;
    }

    private static <T> MutableHttpRequest<T> with(MutableHttpRequest<T> request, String token) {
        return token == null ? request : request.bearerAuth(token);
    }
}
