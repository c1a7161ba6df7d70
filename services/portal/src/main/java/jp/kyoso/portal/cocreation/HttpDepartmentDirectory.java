package jp.kyoso.portal.cocreation;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.portal.account.DepartmentDirectory;
import jp.kyoso.portal.account.Organisation;

/**
 * Reads the organisation from co-creation's {@code GET /api/cocreation/organisations/{id}} with the administrator's
 * own token (co-creation lets ADMIN read any organisation), so the portal trusts no name or type the browser sends.
 */
@Singleton
class HttpDepartmentDirectory implements DepartmentDirectory {

    private final CoCreationApi api;
    private final JsonMapper json;

    HttpDepartmentDirectory(CoCreationApi api, JsonMapper json) {
        this.api = api;
        this.json = json;
    }

    @Override
    public Optional<Organisation> approvedDepartment(UUID organisationId, String bearerToken,
                                                     String acceptLanguage) {
        try {
            HttpResponse<String> answer = api.send(api.request("/api/cocreation/organisations/" + organisationId,
                    bearerToken, acceptLanguage).GET());
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
