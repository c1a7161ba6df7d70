package jp.kyoso.portal.account;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventDescriptor;
import jp.kyoso.events.cocreation.YouthParticipantErased;
import jp.kyoso.portal.credentials.PasswordRules;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import jp.kyoso.web.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The secretariat creates a student's account: role YOUTH, no organisation, the nickname as display name, and a
 * one-time password that works for signing in, is stored only hashed, and is never shown again.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YouthAccountIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer portal;

    @Inject
    JsonMapper json;

    @Inject
    AppUserRepository users;

    @Inject
    JwtTokenGenerator jwt;

    private PortalCalls calls;

    @BeforeEach
    void portalCalls() {
        calls = new PortalCalls(portal.getURL(), json);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(ServiceTestProperties.forService("portal_youth_it"));
        // Its own consumer group, so no other test class's committed offsets decide what this one reads.
        properties.put("kyoso.service-name", "portal-youth-it");
        return properties;
    }

    @Test
    void theSecretariatCreatesAStudentWhoSignsInWithTheOneTimePasswordAsYouth() throws Exception {
        String username = PortalCalls.unique("haru");

        HttpResponse<String> created = calls.post("/accounts/youth", TestTokens.secretariat(jwt), "ja",
                Map.of("username", username.toUpperCase(), "nickname", " 大井町の中1ナツ "));

        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> answer = calls.map(created);
        String password = (String) answer.get("initialPassword");
        assertTrue(PasswordRules.violations(username, password).isEmpty(), password);
        assertEquals(username, answer.get("username"), "stored normalised");
        assertEquals("大井町の中1ナツ", answer.get("displayName"));
        assertEquals(List.of(Roles.YOUTH), answer.get("roles"));
        AppUserRow row = users.findByUsername(username).orElseThrow();
        assertEquals(answer.get("userId"), row.id().toString());
        assertTrue(row.passwordHash().startsWith("pbkdf2-sha256$"), "hashed like every password");
        assertFalse(row.passwordHash().contains(password));
        assertNull(row.organisationId());

        JWTClaimsSet claims = PortalCalls.claims(calls.token(calls.login(username, password)));
        assertEquals(List.of(Roles.YOUTH), claims.getStringListClaim("roles"));
        assertEquals(answer.get("userId"), claims.getStringClaim("uid"));
        assertEquals("大井町の中1ナツ", claims.getStringClaim("name"));
        assertNull(claims.getClaim("org"));

        HttpResponse<String> again = calls.get("/accounts/me", calls.token(calls.login(username, password)));
        assertFalse(again.body().contains(password), "the password is shown only in the 201");
    }

    @Test
    void twoStudentsGetDifferentPasswords() throws Exception {
        String first = (String) calls.map(calls.post("/accounts/youth", TestTokens.admin(jwt), "ja",
                Map.of("username", PortalCalls.unique("aki"), "nickname", "アキ"))).get("initialPassword");
        String second = (String) calls.map(calls.post("/accounts/youth", TestTokens.admin(jwt), "ja",
                Map.of("username", PortalCalls.unique("fuyu"), "nickname", "フユ"))).get("initialPassword");

        assertFalse(first.equals(second));
    }

    @Test
    void onlyTheSecretariatAndAdministratorsCreateStudentAccounts() throws Exception {
        long before = users.count();
        Map<String, String> body = Map.of("username", PortalCalls.unique("mallory"), "nickname", "マロリー");

        assertEquals(401, calls.post("/accounts/youth", null, "ja", body).statusCode());
        assertEquals(403, calls.post("/accounts/youth",
                TestTokens.member(jwt, DemoUsers.COMPANY_ORGANISATION_ID), "ja", body).statusCode());
        assertEquals(403, calls.post("/accounts/youth", TestTokens.issue(jwt, "youth", null, Roles.YOUTH), "ja",
                body).statusCode());
        assertEquals(before, users.count());
    }

    @Test
    void badUsernamesAndMissingNicknamesAreFieldErrorsInBothLanguagesAndNothingIsStored() throws Exception {
        String taken = PortalCalls.unique("taken");
        assertEquals(201, calls.post("/accounts/youth", TestTokens.secretariat(jwt), "ja",
                Map.of("username", taken, "nickname", "タケン")).statusCode());
        long before = users.count();

        HttpResponse<String> ja = calls.post("/accounts/youth", TestTokens.secretariat(jwt), "ja",
                Map.of("username", "a!", "nickname", " "));
        HttpResponse<String> en = calls.post("/accounts/youth", TestTokens.secretariat(jwt), "en",
                Map.of("username", taken, "nickname", "ニックネームがとても長すぎて三十文字を超えてしまう場合はどうなるでしょうか"));

        assertEquals(400, ja.statusCode(), ja.body());
        assertTrue(ja.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(Set.of("username", "nickname"), calls.fields(ja));
        assertTrue(ja.body().contains("ニックネームを入力"), ja.body());
        assertEquals(400, en.statusCode(), en.body());
        assertEquals(Set.of("username", "nickname"), calls.fields(en), "taken and too long, both at once");
        assertTrue(en.body().contains("at most 30 characters"), en.body());
        HttpResponse<String> takenEn = calls.post("/accounts/youth", TestTokens.secretariat(jwt), "en",
                Map.of("username", taken, "nickname", "タケン2"));
        assertEquals(Set.of("username"), calls.fields(takenEn));
        assertTrue(takenEn.body().contains("already taken"), takenEn.body());
        assertEquals(before, users.count());
    }

    @Test
    void aStudentErasedInCoCreationIsGreetedByThePseudonymFromThenOn() throws Exception {
        String username = PortalCalls.unique("erased");
        Map<String, Object> created = calls.map(calls.post("/accounts/youth", TestTokens.secretariat(jwt), "ja",
                Map.of("username", username, "nickname", "消えるニックネーム")));
        String password = (String) created.get("initialPassword");
        String userId = (String) created.get("userId");

        YouthParticipantErased erased = new YouthParticipantErased(UUID.randomUUID().toString(), userId,
                "削除済みユーザー-7e57ab1e", Instant.now(), DemoUsers.SECRETARIAT_ID.toString());
        EventDescriptor descriptor = EventCatalog.of(erased);
        KafkaRecords.send(ServiceTestProperties.forService("portal_youth_it").get("kafka.bootstrap.servers"),
                descriptor.topic(), erased.aggregateId(), new EventCodec(ObjectMapper.getDefault()).encode(erased),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.SOURCE, "/services/cocreation",
                        CloudEventHeaders.TYPE, descriptor.type(),
                        CloudEventHeaders.SUBJECT, erased.aggregateId(),
                        CloudEventHeaders.TIME, Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));

        await().atMost(Duration.ofSeconds(60)).until(() -> users.findByUsername(username).orElseThrow().displayName(),
                "削除済みユーザー-7e57ab1e"::equals);
        assertEquals("削除済みユーザー-7e57ab1e", PortalCalls.claims(calls.token(calls.login(username, password))).getStringClaim("name"));
    }








}
