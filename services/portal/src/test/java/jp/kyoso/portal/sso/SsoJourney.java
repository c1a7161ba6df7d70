package jp.kyoso.portal.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * One browser's way through a single sign-on, a redirect at a time, with its own cookie jar (the portal keeps the
 * sign-in's state, nonce and PKCE verifier in cookies between the login route and the callback).
 */
final class SsoJourney {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI portal;
    private final JsonMapper json;
    private URI lastCallback;

    SsoJourney(URI portal, JsonMapper json) {
        this.portal = portal;
        this.json = json;
    }

    /** Signs in as whoever {@code person} describes and answers the code the portal's redirect hands the page. */
    String signIn(MockOAuth2Server provider, OAuth2TokenCallback person) throws Exception {
        String landing = callbackLanding(provider, person);
        assertTrue(landing.startsWith("/#/sso?code="), landing);
        return landing.substring("/#/sso?code=".length());
    }

    /** Where the portal's callback sends the browser once the provider vouched for {@code person}. */
    String callbackLanding(MockOAuth2Server provider, OAuth2TokenCallback person) throws Exception {
        HttpResponse<String> start = get("/oauth/login/oidc");
        assertEquals(302, start.statusCode(), start.body());
        URI authorize = URI.create(location(start));
        assertTrue(authorize.toString().startsWith(provider.authorizationEndpointUrl(person.issuerId()).toString()),
                authorize.toString());
        provider.enqueueCallback(person);
        HttpResponse<String> provided = send(HttpRequest.newBuilder(authorize).GET());
        URI callback = URI.create(location(provided));
        assertEquals(portal.resolve("/oauth/callback/oidc").getPath(), callback.getPath());
        lastCallback = callback;
        HttpResponse<String> landed = send(HttpRequest.newBuilder(callback).GET());
        assertEquals(303, landed.statusCode(), landed.body());
        return location(landed);
    }

    /** The provider's last redirect to the portal again, as a reload or a replay by someone who saw it would. */
    HttpResponse<String> replayCallback() throws Exception {
        return send(HttpRequest.newBuilder(lastCallback).GET());
    }

    /** The page's exchange of the code for the portal's token. */
    String exchange(String code) throws Exception {
        HttpResponse<String> answer = post("/sso/token", Map.of("code", code));
        assertEquals(200, answer.statusCode(), answer.body());
        return (String) json(answer).get("access_token");
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(portal.resolve(path)).header("Accept", "application/json").GET());
    }

    /** As a browser navigates: it asks for a page. */
    HttpResponse<String> navigate(String pathAndQuery) throws Exception {
        return send(HttpRequest.newBuilder(portal.resolve(pathAndQuery)).header("Accept", "text/html").GET());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(portal.resolve(path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET());
    }

    HttpResponse<String> post(String path, Object body) throws Exception {
        return send(jsonPost(path, body));
    }

    HttpResponse<String> post(String path, Object body, String token) throws Exception {
        return send(jsonPost(path, body).header("Authorization", "Bearer " + token));
    }

    private HttpRequest.Builder jsonPost(String path, Object body) throws Exception {
        return HttpRequest.newBuilder(portal.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
    }

    Map<String, Object> json(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
    }
}
