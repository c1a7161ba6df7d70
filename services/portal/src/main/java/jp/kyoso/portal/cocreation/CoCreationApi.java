package jp.kyoso.portal.cocreation;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import jp.kyoso.portal.gateway.ServiceRoutes;

/**
 * Calls to co-creation's public API with a person's own token and language, as the browser would make them through
 * the gateway: the portal acts with no rights of its own.
 */
@Singleton
class CoCreationApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Duration timeout;

    CoCreationApi(ServiceRoutes routes, @Value("${kyoso.gateway.read-timeout:30s}") Duration timeout) {
        this.base = routes.all().get("cocreation");
        this.timeout = timeout;
    }

    HttpRequest.Builder request(String path, String bearerToken, String acceptLanguage) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + bearerToken)
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", acceptLanguage == null ? "ja" : acceptLanguage);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
