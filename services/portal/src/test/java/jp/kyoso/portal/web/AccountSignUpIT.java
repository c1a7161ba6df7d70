package jp.kyoso.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyoso.portal.persistence.AppUserRepository;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.web.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Self-service accounts against a stand-in co-creation (a bare JDK HTTP server playing its invitation API): sign
 * up, sign in without a role, accept the invitation with its code, and come out with a token naming the
 * organisation and MEMBER. The stand-in only accepts the token the person signed in with, so the test also proves
 * the portal forwards the person's own token rather than acting with rights of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountSignUpIT implements TestPropertyProvider {

    private static final CoCreation CO_CREATION = new CoCreation();
    private static final String PASSWORD = "green-river-7-bridges";

    @Inject
    EmbeddedServer portal;

    @Inject
    JsonMapper json;

    @Inject
    AppUserRepository users;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceTestProperties.forService("portal_accounts_it"));
        properties.put("kyoso.services.cocreation.url", CO_CREATION.url());
        return properties;
    }

    @AfterAll
    static void stopStandIn() {
        CO_CREATION.stop();
    }

    @Test
    void aNewPersonSignsUpAcceptsTheInvitationAndTheTokenNamesTheOrganisationAsMember() throws Exception {
        String username = unique("tanaka");
        HttpResponse<String> created = post("/accounts", null, "ja", Map.of("username", username.toUpperCase(),
                "password", PASSWORD, "displayName", "田中 花子", "email", username + "@example.jp"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(username, map(created).get("username"), "stored normalised");
        Object roles = map(created).get("roles");
        assertTrue(roles == null || ((List<?>) roles).isEmpty(), "no role before joining: " + roles);

        String firstToken = token(login(username, PASSWORD));
        JWTClaimsSet before = claims(firstToken);
        assertNull(before.getClaim("org"));
        assertTrue(before.getStringListClaim("roles") == null || before.getStringListClaim("roles").isEmpty(),
                "no role before joining");

        UUID organisationId = UUID.randomUUID();
        UUID invitationId = CO_CREATION.invite(organisationId, "しながわ新興テック", "K7-CODE-1", firstToken);
        HttpResponse<String> accepted = post("/accounts/me/invitations/" + invitationId + "/accept", firstToken, "ja",
                Map.of("code", "K7-CODE-1"));

        assertEquals(200, accepted.statusCode(), accepted.body());
        JWTClaimsSet after = claims((String) map(accepted).get("access_token"));
        assertEquals(organisationId.toString(), after.getStringClaim("org"));
        assertEquals(List.of(Roles.MEMBER), after.getStringListClaim("roles"));
        assertEquals(before.getStringClaim("uid"), after.getStringClaim("uid"));
        JWTClaimsSet nextSignIn = claims(token(login(username, PASSWORD)));
        assertEquals(organisationId.toString(), nextSignIn.getStringClaim("org"), "kept on the account");
        Map<String, Object> me = map(get("/accounts/me", token(login(username, PASSWORD))));
        assertEquals("しながわ新興テック", me.get("organisationName"));
        assertEquals(username + "@example.jp", me.get("email"));
    }

    @Test
    void aWrongCodeIsCoCreationsFieldErrorAndTheAccountStaysWithoutOrganisation() throws Exception {
        String username = unique("suzuki");
        assertEquals(201, signUp(username).statusCode());
        String token = token(login(username, PASSWORD));
        UUID invitationId = CO_CREATION.invite(UUID.randomUUID(), "品川ラボ", "RIGHT-CODE", token);

        HttpResponse<String> refused = post("/accounts/me/invitations/" + invitationId + "/accept", token, "en",
                Map.of("code", "WRONG-CODE"));

        assertEquals(400, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals("code", fieldErrors(refused).get(0).get("field"));
        assertNull(claims(token(login(username, PASSWORD))).getClaim("org"));
    }

    @Test
    void aRetriedAcceptAfterCoCreationAlreadyRecordedItStillBindsTheAccount() throws Exception {
        String username = unique("sato");
        assertEquals(201, signUp(username).statusCode());
        String token = token(login(username, PASSWORD));
        UUID organisationId = UUID.randomUUID();
        UUID invitationId = CO_CREATION.invite(organisationId, "大井町エナジー", "CODE-R", token);
        CO_CREATION.acceptedWithoutPortal(invitationId);

        HttpResponse<String> retried = post("/accounts/me/invitations/" + invitationId + "/accept", token, "ja",
                Map.of("code", "CODE-R"));

        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(organisationId.toString(), claims((String) map(retried).get("access_token")).getStringClaim("org"));
    }

    @Test
    void anAccountOfOneOrganisationCannotJoinASecond() throws Exception {
        String username = unique("ito");
        assertEquals(201, signUp(username).statusCode());
        String token = token(login(username, PASSWORD));
        UUID first = CO_CREATION.invite(UUID.randomUUID(), "第一商事", "C1", token);
        assertEquals(200, post("/accounts/me/invitations/" + first + "/accept", token, "ja", Map.of("code", "C1"))
                .statusCode());
        UUID second = CO_CREATION.invite(UUID.randomUUID(), "第二商事", "C2", token);

        HttpResponse<String> refused = post("/accounts/me/invitations/" + second + "/accept", token, "ja",
                Map.of("code", "C2"));

        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("第一商事"), refused.body());
    }

    @Test
    void weakPasswordsAndBadUsernamesAreFieldErrorsInBothLanguagesAndNothingIsStored() throws Exception {
        long before = users.count();
        HttpResponse<String> ja = post("/accounts", null, "ja", Map.of("username", "a!", "password", "short",
                "displayName", "山田", "email", "yamada@example.jp"));
        HttpResponse<String> en = post("/accounts", null, "en", Map.of("username", "yamada-taro",
                "password", "yamada-taro-2026", "displayName", "山田", "email", "not-an-email"));
        HttpResponse<String> simple = post("/accounts", null, "en", Map.of("username", unique("kato"),
                "password", "aaaaaaaaaaaa", "displayName", "加藤", "email", "kato@example.jp"));

        assertEquals(400, ja.statusCode());
        assertEquals(Set.of("username", "password"), fields(ja));
        assertTrue(ja.body().contains("10文字以上"), ja.body());
        assertEquals(400, en.statusCode());
        assertTrue(fields(en).contains("email"), en.body());
        assertEquals(400, simple.statusCode());
        assertEquals(Set.of("password"), fields(simple));
        assertTrue(simple.body().contains("easy to guess"), simple.body());
        assertEquals(before, users.count());
    }

    @Test
    void aTakenUsernameIsAFieldError() throws Exception {
        String username = unique("kimura");
        assertEquals(201, signUp(username).statusCode());

        HttpResponse<String> again = signUp(username);

        assertEquals(400, again.statusCode());
        assertEquals(Set.of("username"), fields(again));
    }

    private HttpResponse<String> signUp(String username) throws Exception {
        return post("/accounts", null, "ja", Map.of("username", username, "password", PASSWORD,
                "displayName", "試験 利用者", "email", username + "@example.jp"));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        return post("/login", null, "ja", Map.of("username", username, "password", password));
    }

    private HttpResponse<String> post(String path, String token, String language, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.getURL() + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal.getURL() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String token(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return (String) map(response).get("access_token");
    }

    private Map<String, Object> map(HttpResponse<String> response) throws Exception {
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> fieldErrors(HttpResponse<String> response) throws Exception {
        return (List<Map<String, Object>>) map(response).get("errors");
    }

    private Set<String> fields(HttpResponse<String> response) throws Exception {
        return Set.copyOf(fieldErrors(response).stream().map(error -> (String) error.get("field")).toList());
    }

    private static JWTClaimsSet claims(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    /** Co-creation's invitation API as far as the portal uses it; each invitation answers only its invitee's token. */
    static final class CoCreation {

        private record Invitation(UUID organisationId, String organisationName, String code, String token) {
        }

        private final Map<UUID, Invitation> invitations = new ConcurrentHashMap<>();
        private final Set<UUID> accepted = ConcurrentHashMap.newKeySet();
        private final HttpServer server;

        CoCreation() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", this::handle);
            server.start();
        }

        UUID invite(UUID organisationId, String name, String code, String inviteeToken) {
            UUID id = UUID.randomUUID();
            invitations.put(id, new Invitation(organisationId, name, code, inviteeToken));
            return id;
        }

        void acceptedWithoutPortal(UUID invitationId) {
            accepted.add(invitationId);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            String token = exchange.getRequestHeaders().getFirst("Authorization").replace("Bearer ", "");
            boolean english = String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Language")).startsWith("en");
            if (path.startsWith("/api/cocreation/invitations/") && path.endsWith("/accept")) {
                UUID id = UUID.fromString(path.split("/")[4]);
                Invitation invitation = invitations.get(id);
                if (invitation == null || !invitation.token().equals(token)) {
                    answer(exchange, 404, "{\"status\":404}");
                } else if (accepted.contains(id)) {
                    answer(exchange, 409, "{\"status\":409,\"type\":\"urn:kyoso:problem:invitation.notOpen\"}");
                } else if (!body.contains("\"" + invitation.code() + "\"")) {
                    answer(exchange, 400, "{\"status\":400,\"errors\":[{\"field\":\"code\",\"message\":\""
                            + (english ? "The invitation code is not correct" : "招待コードが正しくありません") + "\"}]}");
                } else {
                    accepted.add(id);
                    answer(exchange, 200, "{\"id\":\"" + id + "\",\"status\":\"ACTIVE\"}");
                }
            } else if (path.equals("/api/cocreation/memberships/mine")) {
                String list = invitations.entrySet().stream()
                        .filter(e -> accepted.contains(e.getKey()) && e.getValue().token().equals(token))
                        .map(e -> "{\"id\":\"" + e.getKey() + "\",\"organisationId\":\"" + e.getValue().organisationId()
                                + "\",\"status\":\"ACTIVE\"}")
                        .reduce((a, b) -> a + "," + b).orElse("");
                answer(exchange, 200, "[" + list + "]");
            } else if (path.startsWith("/api/cocreation/organisations/")) {
                UUID id = UUID.fromString(path.substring("/api/cocreation/organisations/".length()));
                String name = invitations.values().stream().filter(i -> i.organisationId().equals(id))
                        .map(Invitation::organisationName).findFirst().orElseThrow();
                answer(exchange, 200, "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}");
            } else {
                answer(exchange, 404, "{\"status\":404}");
            }
        }

        private static void answer(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    status >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
