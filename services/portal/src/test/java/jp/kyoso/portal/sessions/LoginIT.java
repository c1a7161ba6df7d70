package jp.kyoso.portal.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
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
import jp.kyoso.portal.account.DemoUserSeeder;
import jp.kyoso.portal.account.DemoUsers;
import jp.kyoso.portal.account.NewAccount;
import jp.kyoso.portal.account.UserAccounts;
import jp.kyoso.portal.account.AppUserRepository;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.web.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
// Per-class, so JUnit has the instance whose getProperties() configures the context before it starts.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginIT implements TestPropertyProvider {

    private static final Map<String, String> PROPERTIES = properties();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    AppUserRepository users;

    @Inject
    DemoUserSeeder seeder;

    @Inject
    UserAccounts accounts;

    @Inject
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        return PROPERTIES;
    }

    private static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(ServiceTestProperties.forService("portal_login_it"));
        properties.put("kyoso.demo.enabled", "true");
        return properties;
    }

    @Test
    void aDemoMemberGetsASignedTokenNamingUserOrganisationAndRoles() throws Exception {
        HttpResponse<String> response = login("member", DemoUsers.PASSWORD);

        assertEquals(200, response.statusCode());
        Map<String, Object> body = json(response);
        assertEquals("Bearer", body.get("token_type"));
        assertEquals("member", body.get("username"));
        assertEquals(List.of(Roles.MEMBER), body.get("roles"));
        assertEquals(8 * 3600, ((Number) body.get("expires_in")).intValue());

        JWTClaimsSet claims = verifiedClaims((String) body.get("access_token"));
        assertEquals(DemoUsers.MEMBER_ID.toString(), claims.getStringClaim("uid"));
        assertEquals(DemoUsers.COMPANY_ORGANISATION_ID.toString(), claims.getStringClaim("org"));
        assertEquals(List.of(Roles.MEMBER), claims.getStringListClaim("roles"));
        assertNotNull(claims.getStringClaim("name"));
        assertEquals("member", claims.getSubject());
        long lifetime = claims.getExpirationTime().getTime() - claims.getIssueTime().getTime();
        assertEquals(8 * 3600 * 1000L, lifetime);
    }

    @Test
    void cityStaffCarryTheirDepartmentAndProgrammeRolesCarryNoOrganisation() throws Exception {
        JWTClaimsSet staff = verifiedClaims(token(login("staff", DemoUsers.PASSWORD)));
        assertEquals(DemoUsers.CITY_DEPARTMENT_ORGANISATION_ID.toString(), staff.getStringClaim("org"));
        assertEquals(List.of(Roles.STAFF), staff.getStringListClaim("roles"));

        JWTClaimsSet secondMember = verifiedClaims(token(login("member2", DemoUsers.PASSWORD)));
        assertEquals(DemoUsers.SECOND_COMPANY_ORGANISATION_ID.toString(), secondMember.getStringClaim("org"));
        assertEquals(List.of(Roles.MEMBER), secondMember.getStringListClaim("roles"));

        JWTClaimsSet secretariat = verifiedClaims(token(login("secretariat", DemoUsers.PASSWORD)));
        assertEquals(DemoUsers.SECRETARIAT_ID.toString(), secretariat.getStringClaim("uid"));
        assertFalse(secretariat.getClaims().containsKey("org"));
        assertEquals(List.of(Roles.SECRETARIAT), secretariat.getStringListClaim("roles"));
    }

    @Test
    void everyDemoUserCanSignIn() throws Exception {
        for (String username : List.of("admin", "secretariat", "staff", "member", "member2", "committee1",
                "committee2", "committee3", "youth")) {
            assertEquals(200, login(username, DemoUsers.PASSWORD).statusCode(), username);
        }
    }

    @Test
    void aUsernameTypedInFullWidthOrCapitalsIsTheSameAccount() throws Exception {
        assertEquals(200, login("ｍｅｍｂｅｒ", DemoUsers.PASSWORD).statusCode());
        assertEquals(200, login(" Member ", DemoUsers.PASSWORD).statusCode());
    }

    @Test
    void aWrongPasswordIsUnauthorized() throws Exception {
        HttpResponse<String> response = login("member", "kyoso-demo-wrong");

        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(response.body().contains("access_token"));
    }

    @Test
    void anUnknownUserIsUnauthorized() throws Exception {
        HttpResponse<String> response = login("nobody", DemoUsers.PASSWORD);

        assertEquals(401, response.statusCode());
        assertFalse(response.body().contains("access_token"));
    }

    @Test
    void repeatedFailuresLockTheUsernameEvenForTheRightPassword() throws Exception {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfAbsent(new NewAccount(UUID.randomUUID(), username, "correct-horse-battery", "試験 太郎", null,
                Set.of(Roles.STAFF)));
        assertEquals(200, login(username, "correct-horse-battery").statusCode());
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, login(username, "wrong-" + attempt).statusCode());
        }

        HttpResponse<String> locked = login(username, "correct-horse-battery");
        assertEquals(401, locked.statusCode());
        assertFalse(locked.body().contains("access_token"));
        assertEquals(200, login("committee2", DemoUsers.PASSWORD).statusCode(), "other users are not affected");
    }

    @Test
    void seedingAgainChangesNothing() {
        long before = users.count();

        seeder.onApplicationEvent(new StartupEvent(context));

        assertEquals(before, users.count());
        DemoUsers.all().forEach(demo -> assertTrue(users.findByUsername(demo.username()).isPresent(),
                demo.username()));
        assertTrue(users.findByUsername("member").isPresent());
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        String body = json.writeValueAsString(Map.of("username", username, "password", password));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String token(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return (String) json(response).get("access_token");
    }

    private Map<String, Object> json(HttpResponse<String> response) throws Exception {
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    /** Verified with the shared secret, as every other service will verify it. */
    private static JWTClaimsSet verifiedClaims(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertTrue(jwt.verify(new MACVerifier(PROPERTIES.get("kyoso.jwt.secret").getBytes(StandardCharsets.UTF_8))),
                "signature must verify with kyoso.jwt.secret");
        return jwt.getJWTClaimsSet();
    }
}
