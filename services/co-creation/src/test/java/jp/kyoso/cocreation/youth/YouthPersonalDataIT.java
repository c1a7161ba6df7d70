package jp.kyoso.cocreation.youth;

import static jp.kyoso.cocreation.support.Http.events;
import static jp.kyoso.cocreation.support.Http.map;
import static jp.kyoso.cocreation.support.Http.refused;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.personaldata.Pseudonym;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.Topics;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import jp.kyoso.web.security.Roles;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A youth participant's personal data over HTTP on real PostgreSQL and Kafka: the student (or the secretariat)
 * exports everything held about them, and erases it; the ideas stay under the pseudonym, erasing again changes
 * nothing, another student may do neither, and the event other services learn it from carries no personal data.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YouthPersonalDataIT implements TestPropertyProvider {

    private static final String YOUTH = "/api/cocreation/youth";
    private static final String ERASED = "jp.kyoso.cocreation.youthparticipant.erased.v1";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("cocreation_youth_data_it");
    }

    @Test
    void aStudentExportsAndErasesTheirDataAndTheIdeasStayUnderThePseudonym() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String nickname = "ハル" + suffix;
        String realName = "品川 春子" + suffix;
        String guardian = "guardian-" + suffix + "@example.jp";
        String secretariat = TestTokens.secretariat(jwt);
        String themeId = (String) http.toBlocking().retrieve(HttpRequest.POST(YOUTH + "/themes",
                Map.of("title", "公園をもっと楽しく " + suffix, "description", "遊び場のアイデア"))
                .bearerAuth(secretariat), Map.class).get("id");
        String student = student("haru-" + suffix);
        String participantId = enrol("haru-" + suffix, nickname, realName, guardian);
        String ideaId = (String) http.toBlocking().retrieve(HttpRequest.POST(YOUTH + "/themes/" + themeId + "/ideas",
                Map.of("title", "ボール遊びの時間帯 " + suffix, "body", "夕方だけボール遊びができる広場がほしい"))
                .bearerAuth(student), Map.class).get("id");
        http.toBlocking().retrieve(HttpRequest.POST(YOUTH + "/ideas/" + ideaId + "/comments",
                Map.of("body", "利用者アンケートを取ってみましょう " + suffix))
                .bearerAuth(TestTokens.staff(jwt, UUID.randomUUID())), Map.class);

        // The student exports everything held about them; so may the secretariat.
        String personalData = YOUTH + "/participants/" + participantId + "/personal-data";
        Map<String, Object> export = json.readValue(http.toBlocking().retrieve(HttpRequest.GET(personalData)
                .bearerAuth(student)), Map.class);
        assertEquals(nickname, export.get("nickname"));
        assertEquals(realName, export.get("realName"));
        assertEquals(guardian, export.get("guardianContact"));
        assertEquals("JHS_2", export.get("schoolYear"));
        assertNotNull(export.get("enrolledAt"));
        Map<String, Object> idea = map(((List<?>) export.get("ideas")).get(0));
        assertEquals(List.of("ボール遊びの時間帯 " + suffix, "SUBMITTED"), List.of(idea.get("title"), idea.get("status")));
        assertEquals("利用者アンケートを取ってみましょう " + suffix,
                map(((List<?>) export.get("commentsReceived")).get(0)).get("body"));
        assertTrue(http.toBlocking().retrieve(HttpRequest.GET(personalData).bearerAuth(secretariat)).contains(realName));

        // Another student may neither read nor erase; an unknown participant is not found.
        String other = student("natsu-" + suffix);
        enrol("natsu-" + suffix, "ナツ" + suffix, null, null);
        String erasure = YOUTH + "/participants/" + participantId + "/erase";
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.GET(personalData).bearerAuth(other)).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(erasure, "").bearerAuth(other)).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(erasure, "")
                .bearerAuth(TestTokens.member(jwt, UUID.randomUUID()))).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, refused(http, HttpRequest.POST(YOUTH + "/participants/"
                + UUID.randomUUID() + "/erase", "").bearerAuth(secretariat)).getStatus());
        assertEquals(nickname, export(personalData, secretariat).get("nickname"), "nothing changed on refusal");

        // The student erases themself: the nickname becomes the pseudonym, the private fields go, the idea stays.
        Map<?, ?> erased = http.toBlocking().retrieve(HttpRequest.POST(erasure, "").bearerAuth(student), Map.class);
        String pseudonym = Pseudonym.of(UUID.fromString(participantId)).name();
        assertEquals(pseudonym, erased.get("pseudonym"));
        assertEquals(true, erased.get("erasedNow"));
        String after = http.toBlocking().retrieve(HttpRequest.GET(personalData).bearerAuth(secretariat));
        assertFalse(after.contains(nickname) || after.contains(realName) || after.contains(guardian), after);
        Map<String, Object> afterMap = json.readValue(after, Map.class);
        assertEquals(pseudonym, afterMap.get("nickname"));
        assertNull(afterMap.get("realName"));
        assertNull(afterMap.get("guardianContact"));
        assertNotNull(afterMap.get("erasedAt"));
        assertEquals(1, ((List<?>) afterMap.get("ideas")).size(), "the idea stays");
        List<?> publicIdeas = (List<?>) http.toBlocking().retrieve(HttpRequest.GET(YOUTH + "/themes/" + themeId
                + "/ideas"), Map.class).get("items");
        assertEquals(List.of(pseudonym), publicIdeas.stream().map(i -> map(i).get("authorNickname")).toList());
        String participants = http.toBlocking().retrieve(HttpRequest.GET(YOUTH + "/participants?size=100")
                .bearerAuth(secretariat));
        assertFalse(participants.contains(realName) || participants.contains(guardian), participants);

        // Other services learn it from one event without personal data; erasing again changes and publishes nothing.
        List<ConsumerRecord<byte[], byte[]>> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> events(Topics.COCREATION_ORGANISATION, participantId, ERASED), found -> !found.isEmpty());
        assertEquals(1, published.size());
        assertEquals(List.of(), new EventSchemas().validate(ERASED, published.get(0).value()));
        String payload = new String(published.get(0).value(), StandardCharsets.UTF_8);
        assertTrue(payload.contains(pseudonym) && payload.contains(participantId), payload);
        assertFalse(payload.contains(nickname) || payload.contains(realName) || payload.contains(guardian)
                || payload.contains("haru-"), payload);

        Map<?, ?> again = http.toBlocking().retrieve(HttpRequest.POST(erasure, "").bearerAuth(secretariat), Map.class);
        assertEquals(false, again.get("erasedNow"));
        assertEquals(pseudonym, again.get("pseudonym"));
        assertEquals(afterMap.get("erasedAt"), export(personalData, secretariat).get("erasedAt"), "unchanged");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> events(Topics.COCREATION_ORGANISATION, participantId, ERASED).size() == 1);
    }

    /** A YOUTH token; its uid is derived from the username, as TestTokens does. */
    private String student(String username) {
        return TestTokens.issue(jwt, username, null, Roles.YOUTH);
    }

    private String enrol(String username, String nickname, String realName, String guardian) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "userId", UUID.nameUUIDFromBytes(username.getBytes()).toString(),
                "nickname", nickname, "schoolYear", "JHS_2"));
        if (realName != null) {
            body.put("realName", realName);
            body.put("guardianContact", guardian);
        }
        return (String) http.toBlocking().retrieve(HttpRequest.POST(YOUTH + "/participants", body)
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class).get("id");
    }

    private Map<String, Object> export(String path, String token) throws IOException {
        return json.readValue(http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token)), Map.class);
    }
}
