package jp.kyoso.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.testsupport.MailedInvitation;
import jp.kyoso.testsupport.ServiceJarProcess;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import jp.kyoso.testsupport.embedded.EmbeddedMailServer;
import jp.kyoso.web.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Self-service accounts against the real co-creation service (started from its packaged jar, on the same PostgreSQL
 * and Kafka): sign up, sign in without a role, accept an invitation the secretariat issued with the one-time code of
 * its mail (read from the SMTP server that received it), and come out with a token naming the organisation and
 * MEMBER. Co-creation records the person the token names, so the roster entry read back proves the portal forwarded
 * the person's own token rather than acting with rights of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountSignUpIT implements TestPropertyProvider {

    // The real co-creation service from its packaged jar, mailing invitations to a real SMTP server in this JVM;
    // the portal and it share the test JWT secret.
    private static final EmbeddedMailServer MAIL = EmbeddedMailServer.start(0, 0);
    private static final ServiceJarProcess COCREATION = ServiceJarProcess.start("co-creation",
            "cocreation_accounts_it", MAIL.serviceProperties());
    private static final String PASSWORD = "green-river-7-bridges";

    @Inject
    EmbeddedServer portal;

    @Inject
    JsonMapper json;

    @Inject
    AppUserRepository users;

    @Inject
    JwtTokenGenerator jwt;

    private final HttpClient http = HttpClient.newHttpClient();
    private PortalCalls calls;

    @BeforeEach
    void portalCalls() {
        calls = new PortalCalls(portal.getURL(), json);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceTestProperties.forService("portal_accounts_it"));
        properties.put("kyoso.services.cocreation.url", COCREATION.base().toString());
        return properties;
    }

    @AfterAll
    static void stopCoCreation() {
        COCREATION.close();
        MAIL.close();
    }

    @Test
    void aNewPersonSignsUpAcceptsTheInvitationAndTheTokenNamesTheOrganisationAsMember() throws Exception {
        String username = PortalCalls.unique("tanaka");
        HttpResponse<String> created = calls.post("/accounts", null, "ja", Map.of("username", username.toUpperCase(),
                "password", PASSWORD, "displayName", "田中 花子", "email", username + "@example.jp"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(username, calls.map(created).get("username"), "stored normalised");
        Object roles = calls.map(created).get("roles");
        assertTrue(roles == null || ((List<?>) roles).isEmpty(), "no role before joining: " + roles);

        String firstToken = calls.token(calls.login(username, PASSWORD));
        JWTClaimsSet before = PortalCalls.claims(firstToken);
        assertNull(before.getClaim("org"));
        assertTrue(before.getStringListClaim("roles") == null || before.getStringListClaim("roles").isEmpty(),
                "no role before joining");

        String name = PortalCalls.unique("しながわ新興テック");
        UUID organisationId = approvedOrganisation(name);
        MailedInvitation invitation = invite(organisationId, username + "@example.jp");
        HttpResponse<String> accepted = calls.post("/accounts/me/invitations/" + invitation.id() + "/accept", firstToken,
                "ja", Map.of("code", invitation.code()));

        assertEquals(200, accepted.statusCode(), accepted.body());
        JWTClaimsSet after = PortalCalls.claims((String) calls.map(accepted).get("access_token"));
        assertEquals(organisationId.toString(), after.getStringClaim("org"));
        assertEquals(List.of(Roles.MEMBER), after.getStringListClaim("roles"));
        assertEquals(before.getStringClaim("uid"), after.getStringClaim("uid"));
        JWTClaimsSet nextSignIn = PortalCalls.claims(calls.token(calls.login(username, PASSWORD)));
        assertEquals(organisationId.toString(), nextSignIn.getStringClaim("org"), "kept on the account");
        Map<String, Object> me = calls.map(calls.get("/accounts/me", calls.token(calls.login(username, PASSWORD))));
        assertEquals(name, me.get("organisationName"));
        assertEquals(username + "@example.jp", me.get("email"));

        // Co-creation's roster names the person who signed up: the accept went through with their own token.
        Map<String, Object> entry = rosterEntry(organisationId, invitation.id());
        assertEquals("ACTIVE", entry.get("status"));
        assertEquals(before.getStringClaim("uid"), entry.get("userId"));
        assertEquals(username, entry.get("username"));
    }

    @Test
    void aWrongCodeIsCoCreationsFieldErrorAndTheAccountStaysWithoutOrganisation() throws Exception {
        String username = PortalCalls.unique("suzuki");
        assertEquals(201, signUp(username).statusCode());
        String token = calls.token(calls.login(username, PASSWORD));
        UUID organisationId = approvedOrganisation(PortalCalls.unique("品川ラボ"));
        MailedInvitation invitation = invite(organisationId, username + "@example.jp");

        HttpResponse<String> refused = calls.post("/accounts/me/invitations/" + invitation.id() + "/accept", token, "en",
                Map.of("code", "WRONG-" + invitation.code()));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals("code", calls.fieldErrors(refused).get(0).get("field"));
        assertTrue(refused.body().contains("The invitation code is not correct"), refused.body());
        assertNull(PortalCalls.claims(calls.token(calls.login(username, PASSWORD))).getClaim("org"));
        assertEquals("INVITED", rosterEntry(organisationId, invitation.id()).get("status"), "still open");
    }

    @Test
    void aRetriedAcceptAfterCoCreationAlreadyRecordedItStillBindsTheAccount() throws Exception {
        String username = PortalCalls.unique("sato");
        assertEquals(201, signUp(username).statusCode());
        String token = calls.token(calls.login(username, PASSWORD));
        UUID organisationId = approvedOrganisation(PortalCalls.unique("大井町エナジー"));
        MailedInvitation invitation = invite(organisationId, username + "@example.jp");
        // The accept reached co-creation, but the portal never recorded it (as if it had failed in between).
        HttpResponse<String> direct = send(HttpRequest.newBuilder(COCREATION.base().resolve(
                        "/api/cocreation/invitations/" + invitation.id() + "/accept"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body(Map.of("code", invitation.code()))));
        assertEquals(200, direct.statusCode(), direct.body());
        assertNull(PortalCalls.claims(calls.token(calls.login(username, PASSWORD))).getClaim("org"), "the portal knows nothing yet");

        HttpResponse<String> retried = calls.post("/accounts/me/invitations/" + invitation.id() + "/accept", token, "ja",
                Map.of("code", invitation.code()));

        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(organisationId.toString(), PortalCalls.claims((String) calls.map(retried).get("access_token")).getStringClaim("org"));
        assertEquals(organisationId.toString(), PortalCalls.claims(calls.token(calls.login(username, PASSWORD))).getStringClaim("org"));
    }

    @Test
    void anAccountOfOneOrganisationCannotJoinASecond() throws Exception {
        String username = PortalCalls.unique("ito");
        assertEquals(201, signUp(username).statusCode());
        String token = calls.token(calls.login(username, PASSWORD));
        String firstName = PortalCalls.unique("第一商事");
        UUID firstOrganisation = approvedOrganisation(firstName);
        MailedInvitation first = invite(firstOrganisation, username + "@example.jp");
        assertEquals(200, calls.post("/accounts/me/invitations/" + first.id() + "/accept", token, "ja",
                Map.of("code", first.code())).statusCode());
        MailedInvitation second = invite(approvedOrganisation(PortalCalls.unique("第二商事")), username + "@example.jp");

        HttpResponse<String> refused = calls.post("/accounts/me/invitations/" + second.id() + "/accept", token, "ja",
                Map.of("code", second.code()));

        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains(firstName), refused.body());
        assertEquals(firstOrganisation.toString(), PortalCalls.claims(calls.token(calls.login(username, PASSWORD))).getStringClaim("org"),
                "the account stays with the first organisation");
    }

    @Test
    void weakPasswordsAndBadUsernamesAreFieldErrorsInBothLanguagesAndNothingIsStored() throws Exception {
        long before = users.count();
        HttpResponse<String> ja = calls.post("/accounts", null, "ja", Map.of("username", "a!", "password", "short",
                "displayName", "山田", "email", "yamada@example.jp"));
        HttpResponse<String> en = calls.post("/accounts", null, "en", Map.of("username", "yamada-taro",
                "password", "yamada-taro-2026", "displayName", "山田", "email", "not-an-email"));
        HttpResponse<String> simple = calls.post("/accounts", null, "en", Map.of("username", PortalCalls.unique("kato"),
                "password", "aaaaaaaaaaaa", "displayName", "加藤", "email", "kato@example.jp"));

        assertEquals(400, ja.statusCode());
        assertEquals(Set.of("username", "password"), calls.fields(ja));
        assertTrue(ja.body().contains("10文字以上"), ja.body());
        assertEquals(400, en.statusCode());
        assertTrue(calls.fields(en).contains("email"), en.body());
        assertEquals(400, simple.statusCode());
        assertEquals(Set.of("password"), calls.fields(simple));
        assertTrue(simple.body().contains("easy to guess"), simple.body());
        assertEquals(before, users.count());
    }

    @Test
    void aTakenUsernameIsAFieldError() throws Exception {
        String username = PortalCalls.unique("kimura");
        assertEquals(201, signUp(username).statusCode());

        HttpResponse<String> again = signUp(username);

        assertEquals(400, again.statusCode());
        assertEquals(Set.of("username"), calls.fields(again));
    }

    /** A public application at co-creation, approved by the secretariat. */
    private UUID approvedOrganisation(String name) throws Exception {
        HttpResponse<String> applied = send(HttpRequest.newBuilder(
                        COCREATION.base().resolve("/api/cocreation/organisations"))
                .header("Content-Type", "application/json")
                .POST(body(Map.of("name", name, "organisationType", "COMPANY", "contactName", "窓口 一郎",
                        "contactEmail", PortalCalls.unique("contact") + "@example.jp"))));
        assertEquals(201, applied.statusCode(), applied.body());
        UUID id = UUID.fromString((String) calls.map(applied).get("id"));
        HttpResponse<String> approved = send(HttpRequest.newBuilder(
                        COCREATION.base().resolve("/api/cocreation/organisations/" + id + "/approve"))
                .header("Authorization", "Bearer " + TestTokens.secretariat(jwt))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    /** The secretariat invites the address as MEMBER; the code is only in the mail co-creation sends. */
    @SuppressWarnings("unchecked")
    private MailedInvitation invite(UUID organisationId, String email) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(COCREATION.base().resolve(
                        "/api/cocreation/organisations/" + organisationId + "/invitations"))
                .header("Authorization", "Bearer " + TestTokens.secretariat(jwt))
                .header("Content-Type", "application/json")
                .POST(body(Map.of("email", email, "role", "MEMBER"))));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> invitation = (Map<String, Object>) calls.map(created).get("invitation");
        return MailedInvitation.awaitLatest(MAIL, email, UUID.fromString((String) invitation.get("id")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rosterEntry(UUID organisationId, UUID invitationId) throws Exception {
        HttpResponse<String> roster = send(HttpRequest.newBuilder(COCREATION.base().resolve(
                        "/api/cocreation/organisations/" + organisationId + "/members?size=100"))
                .header("Authorization", "Bearer " + TestTokens.secretariat(jwt)).GET());
        assertEquals(200, roster.statusCode(), roster.body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) calls.map(roster).getOrDefault("items", List.of());
        return items.stream().filter(item -> invitationId.toString().equals(item.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("not on the roster: " + roster.body()));
    }

    private HttpRequest.BodyPublisher body(Object value) throws Exception {
        return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(value), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> signUp(String username) throws Exception {
        return calls.post("/accounts", null, "ja", Map.of("username", username, "password", PASSWORD,
                "displayName", "試験 利用者", "email", username + "@example.jp"));
    }









}
