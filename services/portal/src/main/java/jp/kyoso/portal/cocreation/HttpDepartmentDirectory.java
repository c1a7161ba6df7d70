package jp.kyoso.portal.cocreation;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.portal.administration.DepartmentDirectory;
import jp.kyoso.portal.config.ServiceRoutes;
import jp.kyoso.portal.domain.Organisation;

/**
 * Reads the organisation from co-creation's {@code GET /api/cocreation/organisations/{id}} with the administrator's
 * own token (co-creation lets ADMIN read any organisation), so the portal trusts no name or type the browser sends.
 */
@Singleton
class HttpDepartmentDirectory implements DepartmentDirectory {

    private final HttpClient http;
    private final URI base;
    private final JsonMapper json;
    private final Duration timeout;

    HttpDepartmentDirectory(ServiceRoutes routes, JsonMapper json,
                            @Value("${kyoso.gateway.read-timeout:30s}") Duration timeout) {
        this.base = routes.all().get("cocreation");
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public Optional<Organisation> approvedDepartment(UUID organisationId, String bearerToken,
                                                     String acceptLanguage) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/cocreation/organisations/" + organisationId))
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + bearerToken)
                    .header("Accept", "application/json")
                    .header("Accept-Language", acceptLanguage == null ? "ja" : acceptLanguage)
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() == 404 || answer.statusCode() == 400) {
                return Optional.empty();
            }
            if (answer.statusCode() != 200) {
                throw new Unreachable(new IOException("co-creation answered " + answer.statusCode()));
            }
            Map<String, Object> view = json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
            if (!"CITY_DEPARTMENT".equals(view.get("organisationType")) || !"APPROVED".equals(view.get("status"))) {
                return Optional.empty();
            }
            return Optional.of(new Organisation(organisationId, String.valueOf(view.get("name"))));
        } catch (IOException e) {
            throw new Unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(e);
        }
    }
}
