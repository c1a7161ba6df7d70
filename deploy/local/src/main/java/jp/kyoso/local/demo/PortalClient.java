package jp.kyoso.local.demo;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;

/**
 * JSON over HTTP against the portal origin, the way a browser reaches the platform, so that demo data also proves
 * the gateway, the login and the services' security fit together.
 */
public final class PortalClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int FORBIDDEN = 403;

    private final URI origin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String accessToken;

    public PortalClient(URI origin) {
        this.origin = origin;
    }

    public void login(String username, String password) {
        JsonNode answer = send("POST", "/login", Map.of("username", username, "password", password), 200);
        accessToken = answer.path("access_token").asText(null);
        if (accessToken == null) {
            throw new IllegalStateException("Login as " + username + " returned no access_token: " + answer);
        }
    }

    public JsonNode get(String path) {
        return send("GET", path, null, 200);
    }

    public JsonNode post(String path, Object body, int expectedStatus) {
        return send("POST", path, body, expectedStatus);
    }

    /**
     * Posts, trying again while the answer is 403: services learn through events that the caller's organisation was
     * approved, so right after start-up the first tries can come too early.
     *
     * @throws ConditionTimeoutException when still refused after {@code wait}
     */
    public JsonNode postOnceAllowed(String path, Object body, int expectedStatus, Duration wait) {
        AtomicReference<JsonNode> answer = new AtomicReference<>();
        await().atMost(wait).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
            try {
                answer.set(post(path, body, expectedStatus));
                return true;
            } catch (IllegalStateException refused) {
                if (refused.getMessage().contains(" answered " + FORBIDDEN + " ")) {
                    return false;
                }
                throw refused;
            }
        });
        return answer.get();
    }

    private JsonNode send(String method, String path, Object body, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(origin.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + " (expected "
                    + expectedStatus + "): " + response.body());
        }
        return read(response.body());
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }
}
