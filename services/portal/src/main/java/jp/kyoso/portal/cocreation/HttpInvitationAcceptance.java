package jp.kyoso.portal.cocreation;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.portal.account.InvitationAcceptance;
import jp.kyoso.portal.account.Organisation;

/**
 * Accepts through co-creation's public API with the person's own token: {@code POST
 * /api/cocreation/invitations/{id}/accept}, then reads the roster entry back from {@code GET
 * /api/cocreation/memberships/mine} (a roster entry's id is its invitation's id) and the organisation's name.
 * Reading back also settles a retry: when the accept itself went through earlier but the portal failed before
 * recording it, co-creation answers 409 and the active roster entry still proves the membership.
 */
@Singleton
class HttpInvitationAcceptance implements InvitationAcceptance {

    private final CoCreationApi api;
    private final JsonMapper json;

    HttpInvitationAcceptance(CoCreationApi api, JsonMapper json) {
        this.api = api;
        this.json = json;
    }

    @Override
    public Organisation accept(UUID invitationId, String code, String bearerToken, String acceptLanguage) {
        try {
            HttpResponse<String> accepted = send(request("/api/cocreation/invitations/" + invitationId + "/accept",
                    bearerToken, acceptLanguage).POST(HttpRequest.BodyPublishers.ofString(
                    json.writeValueAsString(Map.of("code", code == null ? "" : code)), StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json"));
            boolean ok = accepted.statusCode() / 100 == 2;
            if (!ok && accepted.statusCode() != 409) {
                throw refused(accepted);
            }
            UUID organisationId = activeMembership(invitationId, bearerToken, acceptLanguage);
            if (organisationId == null) {
                throw refused(accepted);
            }
            HttpResponse<String> organisation = send(request("/api/cocreation/organisations/" + organisationId,
                    bearerToken, acceptLanguage).GET());
            if (organisation.statusCode() != 200) {
                throw refused(organisation);
            }
            Map<String, Object> view = json.readValue(organisation.body(), Argument.mapOf(String.class, Object.class));
            return new Organisation(organisationId, String.valueOf(view.get("name")));
        } catch (IOException e) {
            throw new Unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(e);
        }
    }

    private UUID activeMembership(UUID invitationId, String bearerToken, String acceptLanguage)
            throws IOException, InterruptedException {
        HttpResponse<String> mine = send(request("/api/cocreation/memberships/mine", bearerToken, acceptLanguage).GET());
        if (mine.statusCode() != 200) {
            throw refused(mine);
        }
        List<Map<String, Object>> memberships = json.readValue(mine.body(),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return memberships.stream()
                .filter(m -> invitationId.toString().equals(m.get("id")) && "ACTIVE".equals(m.get("status")))
                .map(m -> UUID.fromString(String.valueOf(m.get("organisationId"))))
                .findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path, String bearerToken, String acceptLanguage) {
        return api.request(path, bearerToken, acceptLanguage);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return api.send(request);
    }

    private static Refused refused(HttpResponse<String> response) {
        return new Refused(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse("application/problem+json"), response.body());
    }
}
