package jp.kyoso.declarations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;

/** Small HTTP helpers shared by the declarations ITs. */
public final class Api {

    private final HttpClient http;

    public Api(HttpClient http) {
        this.http = http;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> call(HttpRequest<?> request) {
        return http.toBlocking().retrieve(request, Map.class);
    }

    public Map<String, Object> post(String path, Object body, String token) {
        return call(HttpRequest.POST(path, body).bearerAuth(token));
    }

    public Map<String, Object> get(String path, String token) {
        return call(HttpRequest.GET(path).bearerAuth(token));
    }

    public HttpClientResponseException refused(HttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response to " + request);
    }

    public static String body(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }

    public static long version(Map<String, Object> declaration) {
        return ((Number) declaration.get("version")).longValue();
    }
}
