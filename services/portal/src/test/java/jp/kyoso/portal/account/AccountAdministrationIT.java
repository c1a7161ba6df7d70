package jp.kyoso.portal.account;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoso.portal.credentials.TotpCodes;
import jp.kyoso.testsupport.ServiceJarProcess;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Accounts with demo mode off, against the real co-creation service (for the department a staff account is bound
 * to): the bootstrap administrator, forced password changes, accounts created by the administrator, role changes,
 * deactivation ending sessions, the TOTP second factor required of the secretariat, password reset through the
 * mail outbox, and the sign-in throttle shared by two portal replicas.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountAdministrationIT implements TestPropertyProvider {

    private static final ServiceJarProcess COCREATION = ServiceJarProcess.start("co-creation", "cocreation_admin_it");
    private static final String ROOT = "root-admin";
    private static final String ROOT_INITIAL = "first-start-Initial-42";
    private static final String ROOT_CHOSEN = "kept-by-the-city-IT-dept";
    private static final String CHOSEN = "my-own-long-passphrase-7";
    private static final Pattern RESET_LINK = Pattern.compile("/#/password-reset\\?token=([A-Za-z0-9_-]+)");

    @Inject
    EmbeddedServer portal;

    @Inject
    JsonMapper json;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    ApplicationContext context;

    private final TotpCodes totp = new TotpCodes();
    private PortalCalls calls;
    private String admin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceTestProperties.forService("portal_admin_it"));
        properties.put("kyoso.services.cocreation.url", COCREATION.base().toString());
        properties.put("kyoso.bootstrap.admin.username", ROOT);
        properties.put("kyoso.bootstrap.admin.password", ROOT_INITIAL);
        properties.put("kyoso.security.totp.required-roles", "SECRETARIAT");
        properties.put("kyoso.public-base-url", "https://kyoso.example.jp/");
        // Mails stay in the outbox, where the reset test reads them.
        properties.put("kyoso.mail.relay-enabled", "false");
        return properties;
    }

    @AfterAll
    static void stopCoCreation() {
        COCREATION.close();
    }

    @BeforeAll
    void theBootstrapAdministratorChoosesAPasswordBeforeAnythingElse() throws Exception {
        calls = new PortalCalls(portal.getURL(), json);
        String first = calls.token(calls.login(ROOT, ROOT_INITIAL));
        JWTClaimsSet claims = PortalCalls.claims(first);
        assertEquals(List.of("ADMIN"), claims.getStringListClaim("roles"));
        assertEquals(List.of("PASSWORD_CHANGE"), claims.getStringListClaim("pending"));
        HttpResponse<String> held = calls.get("/api/admin/accounts", first);
        assertEquals(403, held.statusCode(), held.body());
        assertTrue(held.body().contains("pending-action"), held.body());

        assertEquals(Set.of("currentPassword"), calls.fields(calls.post("/accounts/me/password", first, "en",
                Map.of("currentPassword", "wrong-one-entirely", "newPassword", ROOT_CHOSEN))));
        assertEquals(Set.of("newPassword"), calls.fields(calls.post("/accounts/me/password", first, "en",
                Map.of("currentPassword", ROOT_INITIAL, "newPassword", ROOT_INITIAL))));
        HttpResponse<String> changed = calls.post("/accounts/me/password", first, "en",
                Map.of("currentPassword", ROOT_INITIAL, "newPassword", ROOT_CHOSEN));
        admin = calls.token(changed);
        assertNull(PortalCalls.claims(admin).getClaim("pending"));
        assertEquals(401, calls.get("/accounts/me", first).statusCode(), "the first session ended");
        assertEquals(200, calls.get("/api/admin/accounts", admin).statusCode());
    }

    @Test
    void theBootstrapRunsOnceAndAStartWithTheVariablesStillSetChangesNothing() throws Exception {
        Map<String, Object> restart = new HashMap<>(getProperties());
        restart.put("kyoso.bootstrap.admin.password", "another-Initial-Value-9");
        restart.put("kyoso.messaging.consumer-enabled", "false");
        try (ApplicationContext again = ApplicationContext.run(restart)) {
            assertTrue(again.isRunning());
        }
        assertEquals(1, count("select count(*) from admin_bootstrap"));
        assertEquals(401, calls.login(ROOT, "another-Initial-Value-9").statusCode());
        assertEquals(200, calls.login(ROOT, ROOT_CHOSEN).statusCode());
    }

    @Test
    void anAdministratorCreatesStaffForAnApprovedDepartmentAndTheAuditTrailSaysWhoAndWhy() throws Exception {
        String departmentName = PortalCalls.unique("品川区 環境課");
        UUID department = approvedOrganisation(departmentName, "CITY_DEPARTMENT");
        UUID company = approvedOrganisation(PortalCalls.unique("しながわ商事"), "COMPANY");
        String username = PortalCalls.unique("staff");

        HttpResponse<String> refused = calls.post("/api/admin/accounts", admin, "en", Map.of("username", username,
                "displayName", "環境 花子", "email", "not-an-address", "roles", List.of("STAFF"),
                "organisationId", company));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(Set.of("email", "organisationId", "reason"), calls.fields(refused));
        assertTrue(refused.body().contains("approved city department"), refused.body());
        assertEquals(0, count("select count(*) from app_user where username = '" + username + "'"));

        HttpResponse<String> created = calls.post("/api/admin/accounts", admin, "ja", Map.of("username", username,
                "displayName", "環境 花子", "email", username + "@city.example.jp", "roles", List.of("STAFF"),
                "organisationId", department, "reason", "環境課の新任担当者"));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> account = calls.map(created);
        assertEquals(departmentName, account.get("organisationName"));
        assertEquals(true, account.get("mustChangePassword"));
        String initial = (String) account.get("initialPassword");
        assertNotNull(initial);
        assertNull(calls.map(calls.get("/api/admin/accounts/" + account.get("id"), admin)).get("initialPassword"),
                "shown once");

        JWTClaimsSet claims = PortalCalls.claims(calls.token(calls.login(username, initial)));
        assertEquals(department.toString(), claims.getStringClaim("org"));
        assertEquals(List.of("STAFF"), claims.getStringListClaim("roles"));
        assertEquals(List.of("PASSWORD_CHANGE"), claims.getStringListClaim("pending"));

        // The event went out through the portal's outbox and came back into its audit trail, with who and why.
        await().atMost(Duration.ofSeconds(60)).until(() -> auditEvents(account.get("id")).stream().anyMatch(entry ->
                "jp.kyoso.portal.account.created.v1".equals(entry.get("action"))));
        Map<String, Object> entry = auditEvents(account.get("id")).get(0);
        assertEquals("root-admin", entry.get("userId"));
        assertEquals("環境課の新任担当者", entry.get("outcome"));
    }

    @Test
    void deactivationEndsTheSessionsAndRefusesSignInUntilReactivated() throws Exception {
        Account member = committeeMember();
        String session = member.token();
        assertEquals(200, calls.get("/accounts/me", session).statusCode());

        assertEquals(Set.of("reason"), calls.fields(calls.post("/api/admin/accounts/" + member.id() + "/deactivate",
                admin, "en", Map.of())));
        assertEquals(200, calls.post("/api/admin/accounts/" + member.id() + "/deactivate", admin, "ja",
                Map.of("reason", "委員の任期満了")).statusCode());
        HttpResponse<String> ended = calls.get("/accounts/me", session);
        assertEquals(401, ended.statusCode());
        assertTrue(ended.body().contains("session-ended"), ended.body());
        assertEquals(401, calls.get("/api/fund/calls", session).statusCode(), "relayed calls too");
        assertEquals(401, calls.login(member.username(), CHOSEN).statusCode());

        String adminId = PortalCalls.claims(admin).getStringClaim("uid");
        assertEquals(409, calls.post("/api/admin/accounts/" + adminId + "/deactivate", admin, "ja",
                Map.of("reason", "自分自身")).statusCode());

        assertEquals(200, calls.post("/api/admin/accounts/" + member.id() + "/reactivate", admin, "ja",
                Map.of("reason", "再任")).statusCode());
        String again = calls.token(calls.login(member.username(), CHOSEN));
        assertEquals(200, calls.get("/accounts/me", again).statusCode());
        assertEquals(401, calls.get("/accounts/me", session).statusCode(), "the old session stays ended");

        HttpResponse<String> changed = calls.put("/api/admin/accounts/" + member.id() + "/roles", admin, "ja",
                Map.of("roles", List.of("COMMITTEE", "SECRETARIAT"), "reason", "事務局を兼務"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(401, calls.get("/accounts/me", again).statusCode(), "roles live in the token");
        assertEquals(List.of("COMMITTEE", "SECRETARIAT"), PortalCalls.claims(calls.token(calls.login(
                member.username(), CHOSEN))).getStringListClaim("roles").stream().sorted().toList());

        HttpResponse<String> lastAdmin = calls.put("/api/admin/accounts/" + adminId + "/roles", admin, "en",
                Map.of("roles", List.of("SECRETARIAT"), "reason", "異動"));
        assertEquals(409, lastAdmin.statusCode(), lastAdmin.body());
    }

    @Test
    void theSecretariatMustEnrolAnAuthenticatorAndThenSignsInWithItsCode() throws Exception {
        String username = PortalCalls.unique("jimukyoku");
        String initial = create(username, List.of("SECRETARIAT"));
        String first = calls.token(calls.login(username, initial));
        assertEquals(List.of("PASSWORD_CHANGE", "TOTP_ENROLMENT"),
                PortalCalls.claims(first).getStringListClaim("pending"));
        String changed = calls.token(calls.post("/accounts/me/password", first, "ja",
                Map.of("currentPassword", initial, "newPassword", CHOSEN)));
        assertEquals(List.of("TOTP_ENROLMENT"), PortalCalls.claims(changed).getStringListClaim("pending"));
        assertEquals(403, calls.get("/api/cocreation/organisations", changed).statusCode());

        HttpResponse<String> started = calls.post("/accounts/me/totp", changed, "ja", Map.of());
        assertEquals(201, started.statusCode(), started.body());
        String secret = (String) calls.map(started).get("secret");
        assertTrue(((String) calls.map(started).get("otpauthUri")).startsWith("otpauth://totp/kyoso%3A" + username));
        assertEquals(Set.of("code"), calls.fields(calls.post("/accounts/me/totp/confirm", changed, "en",
                Map.of("code", "000000".equals(totp.codeAt(secret, Instant.now())) ? "111111" : "000000"))));
        String enrolled = calls.token(calls.post("/accounts/me/totp/confirm", changed, "ja",
                Map.of("code", totp.codeAt(secret, Instant.now()))));
        assertNull(PortalCalls.claims(enrolled).getClaim("pending"));

        assertEquals(401, calls.login(username, CHOSEN).statusCode(), "the password alone is not enough");
        String withCode = calls.token(calls.login(username, CHOSEN, totp.codeAt(secret, Instant.now())));

        // A lost phone: the administrator removes the app (the session ends) and the person enrols again.
        String id = PortalCalls.claims(withCode).getStringClaim("uid");
        assertEquals(200, calls.post("/api/admin/accounts/" + id + "/second-factor/remove", admin, "ja",
                Map.of("reason", "スマートフォンの紛失")).statusCode());
        assertEquals(401, calls.get("/accounts/me", withCode).statusCode());
        assertEquals(List.of("TOTP_ENROLMENT"), PortalCalls.claims(calls.token(calls.login(username, CHOSEN)))
                .getStringListClaim("pending"));

        // Locked out otherwise: a new one-time password, shown once; the old password no longer works.
        HttpResponse<String> issued = calls.post("/api/admin/accounts/" + id + "/initial-password", admin, "ja",
                Map.of("reason", "パスワード失念（メール未登録）"));
        assertEquals(200, issued.statusCode(), issued.body());
        String again = (String) calls.map(issued).get("initialPassword");
        assertEquals(401, calls.login(username, CHOSEN).statusCode());
        assertEquals(List.of("PASSWORD_CHANGE", "TOTP_ENROLMENT"), PortalCalls.claims(calls.token(
                calls.login(username, again))).getStringListClaim("pending"));
    }

    @Test
    void aForgottenPasswordIsResetThroughASingleUseMailedLink() throws Exception {
        Account member = committeeMember();
        String address = member.username() + "@example.jp";
        assertEquals(202, calls.post("/accounts/password-reset", null, "ja",
                Map.of("email", "nobody-" + address)).statusCode(), "the same answer for an unknown address");
        assertEquals(0, count("select count(*) from mail_outbox where recipient = 'nobody-" + address + "'"));

        assertEquals(202, calls.post("/accounts/password-reset", null, "en",
                Map.of("email", address.toUpperCase())).statusCode());
        String body = text("select body from mail_outbox where recipient = '" + address + "'");
        assertTrue(body.contains("https://kyoso.example.jp/#/password-reset?token="), body);
        Matcher link = RESET_LINK.matcher(body);
        assertTrue(link.find(), body);
        String token = link.group(1);

        assertEquals(Set.of("newPassword"), calls.fields(calls.post("/accounts/password-reset/confirm", null, "ja",
                Map.of("token", token, "newPassword", "short"))));
        assertEquals(204, calls.post("/accounts/password-reset/confirm", null, "ja",
                Map.of("token", token, "newPassword", "a-brand-new-passphrase")).statusCode(), "still usable");
        assertEquals(401, calls.get("/accounts/me", member.token()).statusCode(), "sessions ended by the reset");
        assertEquals(200, calls.login(member.username(), "a-brand-new-passphrase").statusCode());
        assertEquals(Set.of("token"), calls.fields(calls.post("/accounts/password-reset/confirm", null, "ja",
                Map.of("token", token, "newPassword", "yet-another-passphrase"))), "single use");

        assertEquals(202, calls.post("/accounts/password-reset", null, "ja", Map.of("email", address)).statusCode());
        execute("update password_reset set expires_at = now() - interval '1 minute' where used_at is null");
        Matcher later = RESET_LINK.matcher(text("select body from mail_outbox where recipient = '" + address
                + "' order by created_at desc limit 1"));
        assertTrue(later.find());
        assertEquals(Set.of("token"), calls.fields(calls.post("/accounts/password-reset/confirm", null, "ja",
                Map.of("token", later.group(1), "newPassword", "yet-another-passphrase"))), "expired");
    }

    @Test
    void failuresOnTwoReplicasCountTogether() throws Exception {
        Account member = committeeMember();
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("micronaut.server.port", "-1");
        properties.remove("kyoso.bootstrap.admin.username");
        properties.put("kyoso.messaging.consumer-enabled", "false");
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties)) {
            PortalCalls replica = new PortalCalls(second.getURL(), json);
            for (int attempt = 0; attempt < 5; attempt++) {
                PortalCalls either = attempt % 2 == 0 ? calls : replica;
                assertEquals(401, either.login(member.username(), "wrong-guess-" + attempt).statusCode());
            }
            assertEquals(401, replica.login(member.username(), CHOSEN).statusCode(), "locked on the one");
            assertEquals(401, calls.login(member.username(), CHOSEN).statusCode(), "and on the other");
        }
    }

    private record Account(String id, String username, String token) {
    }

    /** A committee member who has chosen their own password ({@link #CHOSEN}), signed in. */
    private Account committeeMember() throws Exception {
        String username = PortalCalls.unique("iin");
        String initial = create(username, List.of("COMMITTEE"));
        String first = calls.token(calls.login(username, initial));
        String token = calls.token(calls.post("/accounts/me/password", first, "ja",
                Map.of("currentPassword", initial, "newPassword", CHOSEN)));
        return new Account(PortalCalls.claims(token).getStringClaim("uid"), username, token);
    }

    /** @return the initial password */
    private String create(String username, List<String> roles) throws Exception {
        HttpResponse<String> created = calls.post("/api/admin/accounts", admin, "ja", Map.of("username", username,
                "displayName", "委員 " + username, "email", username + "@example.jp", "roles", roles,
                "reason", "テスト用の委嘱"));
        assertEquals(201, created.statusCode(), created.body());
        return (String) calls.map(created).get("initialPassword");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> auditEvents(Object record) throws Exception {
        HttpResponse<String> page = calls.get("/api/audit?record=" + record, admin);
        List<Map<String, Object>> events = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) calls.map(page).get("items")) {
            if ("EVENT".equals(item.get("source"))) {
                events.add(item);
            }
        }
        return events;
    }

    private UUID approvedOrganisation(String name, String type) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> applied = http.send(HttpRequest.newBuilder(
                        COCREATION.base().resolve("/api/cocreation/organisations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("name", name,
                        "organisationType", type, "contactName", "窓口 一郎",
                        "contactEmail", PortalCalls.unique("contact") + "@example.jp")), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, applied.statusCode(), applied.body());
        UUID id = UUID.fromString((String) calls.map(applied).get("id"));
        HttpResponse<String> approved = http.send(HttpRequest.newBuilder(
                        COCREATION.base().resolve("/api/cocreation/organisations/" + id + "/approve"))
                .header("Authorization", "Bearer " + TestTokens.secretariat(jwt))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    private long count(String sql) {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql);
                 ResultSet result = statement.executeQuery()) {
                assertTrue(result.next(), "no row for " + sql);
                return result.getString(1);
            }
        });
    }

    private void execute(String sql) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                return statement.executeUpdate();
            }
        });
    }
}
