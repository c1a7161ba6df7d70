package jp.kyoso.portal.sso;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.web.security.Roles;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

/**
 * Single sign-on against a real OpenID Connect provider running in this JVM (NAV's mock-oauth2-server: discovery,
 * authorization and token endpoints, RS256-signed ID tokens, published key set), over HTTP the way a browser walks the
 * redirects: the portal's login route, the provider's authorization endpoint, the portal's callback, the page's code
 * exchange. The provider vouches for whoever the test enqueues, with the claims the test chooses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnIT implements TestPropertyProvider {

    private static final String ISSUER_ID = "city";
    private static final String CLIENT_ID = "kyoso-portal";
    private static final UUID ENVIRONMENT_DEPARTMENT = UUID.randomUUID();

    private final MockOAuth2Server provider = started();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    TransactionOperations<Connection> transactions;

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceTestProperties.forService("portal_sso_it"));
        properties.put("kyoso.sso.enabled", "true");
        properties.put("kyoso.sso.issuer", provider.issuerUrl(ISSUER_ID).toString());
        properties.put("kyoso.sso.client-id", CLIENT_ID);
        properties.put("kyoso.sso.client-secret", "sso-it-client-secret");
        properties.put("kyoso.sso.label", "区職員ログイン");
        properties.put("kyoso.sso.roles-claim", "groups");
        properties.put("kyoso.sso.roles", "kyoso-staff=STAFF;kyoso-secretariat=SECRETARIAT;kyoso-committee=COMMITTEE;"
                + "kyoso-admin=ADMIN");
        properties.put("kyoso.sso.departments", "環境課=" + ENVIRONMENT_DEPARTMENT);
        return properties;
    }

    @AfterAll
    void stopProvider() {
        provider.shutdown();
    }

    @Test
    void theSignInScreenIsToldWhereSingleSignOnStarts() throws Exception {
        Map<String, Object> status = journey().json(journey().get("/sso"));

        assertEquals(true, status.get("enabled"));
        assertEquals("/oauth/login/oidc", status.get("loginUrl"));
        assertEquals("区職員ログイン", status.get("label"));
    }

    @Test
    void cityStaffSignInThroughTheProviderAndGetThePortalsTokenWithRoleAndDepartment() throws Exception {
        Person person = Person.of("kyoso-staff", "環境課");
        SsoJourney journey = journey();

        String code = journey.signIn(provider, person.callback());
        JWTClaimsSet claims = verified(journey.exchange(code));

        assertEquals(List.of(Roles.STAFF), claims.getStringListClaim("roles"));
        assertEquals(ENVIRONMENT_DEPARTMENT.toString(), claims.getStringClaim("org"));
        assertEquals(person.name(), claims.getStringClaim("name"));
        assertEquals(person.login(), claims.getSubject(), "the username is the provider's login without its domain");
        assertEquals(1, linksOf(person.subject()));
        awaitAudit("LOGIN_SUCCEEDED", null, claims.getStringClaim("uid"));
    }

    @Test
    void aPersonSignsInWithTheSignInScreensButtonAndGoesOnWhereTheyWereGoing() {
        Person person = Person.of("kyoso-staff", "環境課");
        provider.enqueueCallback(person.callback());
        try (SsoBrowser browser = new SsoBrowser(server.getURI())) {
            browser.go("/login?next=/apply");
            WebElement button = browser.await("#sso-login");
            assertEquals("区職員ログイン", button.getText().strip());
            browser.screenshot("sso-login-screen");

            button.click();

            browser.awaitTrue(() -> browser.currentRoute().equals("/apply"), "back where the person was going");
            WebElement signedIn = browser.await("#signed-in-as");
            assertTrue(signedIn.getText().contains(person.name()), signedIn.getText());
            assertEquals(1, linksOf(person.subject()));
            browser.screenshot("sso-signed-in");

            browser.go("/login?sso=sso_no_role");
            assertTrue(browser.await("#sso-refused").getText().contains("役割"));
        }
    }

    @Test
    void theCodeWorksOnceAndOnlyTheCodeItself() throws Exception {
        SsoJourney journey = journey();
        String code = journey.signIn(provider, Person.of("kyoso-secretariat", null).callback());

        assertEquals(200, journey.post("/sso/token", Map.of("code", code)).statusCode());
        var again = journey.post("/sso/token", Map.of("code", code));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("\"field\":\"code\""), again.body());
        assertEquals(400, journey.post("/sso/token", Map.of("code", "not-a-code")).statusCode());
    }

    @Test
    void theProvidersRedirectCannotBeReplayed() throws Exception {
        SsoJourney journey = journey();
        journey.signIn(provider, Person.of("kyoso-admin", null).callback());

        var replayed = journey.replayCallback();

        assertEquals(303, replayed.statusCode(), replayed.body());
        assertEquals("/#/login?sso=sso_rejected", replayed.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theNextSignInFindsTheSameAccountWithTheProvidersCurrentRoles() throws Exception {
        Person person = Person.of("kyoso-committee", null);
        JWTClaimsSet first = verified(journey().exchange(journey().signIn(provider, person.callback())));
        Person moved = person.withGroups(List.of("kyoso-secretariat", "kyoso-admin", "some-other-group"));
        JWTClaimsSet second = verified(journey().exchange(journey().signIn(provider, moved.callback())));

        assertEquals(first.getStringClaim("uid"), second.getStringClaim("uid"));
        assertEquals(List.of(Roles.COMMITTEE), first.getStringListClaim("roles"));
        assertEquals(Set.of(Roles.ADMIN, Roles.SECRETARIAT), Set.copyOf(second.getStringListClaim("roles")));
        assertEquals(1, linksOf(person.subject()));
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        Person person = Person.of("kyoso-admin", null);
        SsoJourney journey = journey();

        String landing = journey.callbackLanding(provider,
                person.callback(Map.of("iss", "http://evil.example/" + ISSUER_ID)));

        assertEquals("/#/login?sso=sso_rejected", landing);
        assertEquals(0, linksOf(person.subject()));
        awaitAudit("LOGIN_FAILED", "SSO_REJECTED", null);
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() throws Exception {
        Person person = Person.of("kyoso-admin", null);

        String landing = journey().callbackLanding(provider, person.callback(Map.of("aud", "another-application")));

        assertEquals("/#/login?sso=sso_rejected", landing);
        assertEquals(0, linksOf(person.subject()));
    }

    @Test
    void aPersonWhoCancelsAtTheProviderIsSentBackToTheSignInScreen() throws Exception {
        var cancelled = journey().navigate("/oauth/callback/oidc?error=access_denied&state=whatever");

        assertEquals(303, cancelled.statusCode());
        assertEquals("/#/login?sso=failed", cancelled.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aPersonWithoutAKyosoRoleOrStaffWithoutAKnownDepartmentAreRefused() throws Exception {
        Person noRole = Person.of("finance-only", null);
        assertEquals("/#/login?sso=sso_no_role", journey().callbackLanding(provider, noRole.callback()));
        Person unknownDepartment = Person.of("kyoso-staff", "存在しない課");
        assertEquals("/#/login?sso=sso_no_department",
                journey().callbackLanding(provider, unknownDepartment.callback()));
        assertEquals(0, linksOf(noRole.subject()) + linksOf(unknownDepartment.subject()));
        awaitAudit("LOGIN_FAILED", "SSO_NO_ROLE", null);
    }

    @Test
    void aDeactivatedAccountCannotSignInThroughTheProvider() throws Exception {
        Person person = Person.of("kyoso-staff", "環境課");
        String accountId = verified(journey().exchange(journey().signIn(provider, person.callback())))
                .getStringClaim("uid");
        SsoJourney journey = journey();
        String waitingCode = journey.signIn(provider, person.callback());
        execute("update app_user set disabled = true where id = ?", UUID.fromString(accountId));

        assertEquals("/#/login?sso=disabled", journey().callbackLanding(provider, person.callback()));
        assertEquals(400, journey.post("/sso/token", Map.of("code", waitingCode)).statusCode(),
                "a code issued before the deactivation is worth nothing after it");
        awaitAudit("LOGIN_FAILED", "DISABLED", null);
    }

    @Test
    void anAccountOpenedBySingleSignOnHasNoPasswordToSignInWith() throws Exception {
        Person person = Person.of("kyoso-admin", null);
        String username = verified(journey().exchange(journey().signIn(provider, person.callback()))).getSubject();

        for (String password : List.of(SsoAccounts.NO_PASSWORD, "kyoso-demo")) {
            assertEquals(401, journey().post("/login", Map.of("username", username, "password", password))
                    .statusCode());
        }
    }

    @Test
    void thePasswordAndSecondFactorOfAProvidersPersonAreTheProvidersToManage() throws Exception {
        Person person = Person.of("kyoso-admin", null);
        String token = journey().exchange(journey().signIn(provider, person.callback()));

        HttpResponse<String> change = journey().post("/accounts/me/password",
                Map.of("currentPassword", SsoAccounts.NO_PASSWORD, "newPassword", "a-long-new-passphrase-2026"), token);
        assertEquals(409, change.statusCode(), change.body());
        assertTrue(change.body().contains("認証基盤"), change.body());
        assertEquals(409, journey().post("/accounts/me/totp", Map.of(), token).statusCode());
        assertEquals(SsoAccounts.NO_PASSWORD, passwordHashOf(verified(token).getStringClaim("uid")));
    }

    @Test
    void aTokenTheProviderSignedIsNoTokenOfThePortal() throws Exception {
        // The provider's key set is loaded to check ID tokens; a token it signed must still not open the portal.
        String providersToken = provider.issueToken(ISSUER_ID, CLIENT_ID, new DefaultOAuth2TokenCallback(ISSUER_ID,
                "intruder", "JWT", List.of(CLIENT_ID), Map.of("roles", List.of(Roles.ADMIN),
                "uid", UUID.randomUUID().toString()), 3600)).serialize();
        SsoJourney journey = journey();

        assertEquals(401, journey.get("/api/audit", providersToken).statusCode());
        assertEquals(401, journey.get("/accounts/me", providersToken).statusCode());
    }

    @Test
    void theUsernameOfALocalAccountIsNeverTakenOver() throws Exception {
        Person first = Person.of("kyoso-secretariat", null);
        Person sameLogin = new Person(UUID.randomUUID().toString(), first.login(), "同名 次郎", List.of(
                "kyoso-secretariat"), null);
        JWTClaimsSet a = verified(journey().exchange(journey().signIn(provider, first.callback())));
        JWTClaimsSet b = verified(journey().exchange(journey().signIn(provider, sameLogin.callback())));

        assertNotEquals(a.getStringClaim("uid"), b.getStringClaim("uid"));
        assertNotEquals(a.getSubject(), b.getSubject());
        assertTrue(b.getSubject().startsWith(first.login() + "-"), b.getSubject());
    }

    private SsoJourney journey() {
        return new SsoJourney(server.getURI(), json);
    }

    /** Verified with the portal's secret, as every service verifies it. */
    private static JWTClaimsSet verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertTrue(jwt.verify(new MACVerifier(ServiceTestProperties.TEST_JWT_SECRET.getBytes(StandardCharsets.UTF_8))));
        return jwt.getJWTClaimsSet();
    }

    private int linksOf(String subject) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "select count(*) from sso_link where issuer = ? and subject = ?")) {
                statement.setString(1, provider.issuerUrl(ISSUER_ID).toString());
                statement.setString(2, subject);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    private String passwordHashOf(String accountId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "select password_hash from app_user where id = ?")) {
                statement.setObject(1, UUID.fromString(accountId));
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
    }

    private void execute(String sql, Object parameter) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                statement.setObject(1, parameter);
                return statement.executeUpdate();
            }
        });
    }

    private void awaitAudit(String kind, String outcome, String userId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                         select count(*) from audit_access where kind = ? and path = '/oauth/callback/oidc'
                            and (cast(? as text) is null or outcome = ?) and (cast(? as text) is null or user_id = ?)""")) {
                statement.setString(1, kind);
                statement.setString(2, outcome);
                statement.setString(3, outcome);
                statement.setString(4, userId);
                statement.setString(5, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1) > 0;
                }
            }
        }));
    }

    /** Someone the provider vouches for: a new subject each time, a login and name, groups and a department. */
    record Person(String subject, String login, String name, List<String> groups, String department) {

        static Person of(String group, String department) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            return new Person(UUID.randomUUID().toString(), "taro" + suffix, "品川 太郎" + suffix, List.of(group),
                    department);
        }

        Person withGroups(List<String> changed) {
            return new Person(subject, login, name, changed, department);
        }

        DefaultOAuth2TokenCallback callback() {
            return callback(Map.of());
        }

        /** @param overrides claims that replace the provider's own (iss, aud) in the ID token */
        DefaultOAuth2TokenCallback callback(Map<String, Object> overrides) {
            Map<String, Object> claims = new HashMap<>();
            claims.put("preferred_username", login + "@city.example.lg.jp");
            claims.put("name", name);
            claims.put("email", login + "@city.example.lg.jp");
            claims.put("groups", groups);
            if (department != null) {
                claims.put("department", department);
            }
            claims.putAll(overrides);
            return new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, 3600);
        }
    }
}
