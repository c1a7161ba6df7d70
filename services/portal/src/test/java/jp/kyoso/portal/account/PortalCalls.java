package jp.kyoso.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Calls to the portal under test the way its pages make them (JSON in, JSON or problem+json out, the language
 * chosen per call), and what the account tests read from the answers.
 */
final class PortalCalls {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URL portal;
    private final JsonMapper json;

    PortalCalls(URL portal, JsonMapper json) {
        this.portal = portal;
        this.json = json;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static JWTClaimsSet claims(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    HttpResponse<String> login(String username, String password) throws Exception {
        return post("/login", null, "ja", Map.of("username", username, "password", password));
    }

    /** A sign-in with the authenticator app's code in the header the portal reads it from. */
    HttpResponse<String> login(String username, String password, String totpCode) throws Exception {
        return send("POST", "/login", null, "ja", Map.of("username", username, "password", password),
                Map.of("X-Kyoso-Totp", totpCode));
    }

    HttpResponse<String> post(String path, String token, String language, Object body) throws Exception {
        return send("POST", path, token, language, body, Map.of());
    }

    HttpResponse<String> put(String path, String token, String language, Object body) throws Exception {
        return send("PUT", path, token, language, body, Map.of());
    }

    private HttpResponse<String> send(String method, String path, String token, String language, Object body,
                                      Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language)
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body),
                        StandardCharsets.UTF_8));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The access token of a successful sign-in. */
    String token(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return (String) map(response).get("access_token");
    }

    Map<String, Object> map(HttpResponse<String> response) throws Exception {
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> fieldErrors(HttpResponse<String> response) throws Exception {
        return (List<Map<String, Object>>) map(response).get("errors");
    }

    Set<String> fields(HttpResponse<String> response) throws Exception {
        return Set.copyOf(fieldErrors(response).stream().map(error -> (String) error.get("field")).toList());
    }
}
