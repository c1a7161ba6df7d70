package jp.kyoso.cocreation.youth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.MovableClock;
import jp.kyoso.cocreation.support.MeetingApi.Person;
import jp.kyoso.cocreation.support.MeetingApi;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Youth policy proposals over HTTP: students enrolled by the secretariat submit ideas, mentors comment, the
 * secretariat records presentations — and nothing identifying a minor ever reaches a public endpoint.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YouthProposalsIT implements TestPropertyProvider {

    private static final String YOUTH = "/api/cocreation/youth";
    private static final String REAL_NAME = "品川花子";
    private static final String GUARDIAN_CONTACT = "guardian.hanako@example.jp";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    MovableClock clock;

    @Inject
    Router router;

    private MeetingApi api;
    private Person secretariat;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestPropertiesFor.youth();
        properties.put("kyoso.test.movable-clock", "true");
        // A random port: other worktrees' tests may hold the service's fixed one.
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new MeetingApi(http, jwt);
        secretariat = api.secretariat();
    }

    @Test
    void aStudentsIdeaIsCommentedOnByAMentorAndPresentedToTheMayor() {
        Person student = enrolledStudent("hana-" + UUID.randomUUID(), "はなちゃん", "JHS_2");
        Person mentor = new Person("mentor", "mentor-uid", TestTokens.staff(jwt, UUID.randomUUID()));
        String theme = (String) api.post(YOUTH + "/themes", Map.of("title", "公園をもっと使いやすく",
                "description", "身近な公園について提案してください"), secretariat).get("id");

        Map<String, Object> idea = api.post(YOUTH + "/themes/" + theme + "/ideas", Map.of("title", "夜も明るい公園",
                "body", "照明を増やして、部活の帰りも安心して通れるようにしたい"), student);
        String ideaId = (String) idea.get("id");
        assertEquals("はなちゃん", idea.get("authorNickname"));
        assertEquals("中学2年", idea.get("authorSchoolYearLabel"));

        api.post(YOUTH + "/ideas/" + ideaId + "/comments", Map.of("body", "安全面の視点が良いですね。費用も調べてみましょう"),
                mentor);
        assertEquals(1, api.items(YOUTH + "/ideas/" + ideaId + "/comments", student).size());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET(YOUTH + "/ideas/" + ideaId + "/comments"),
                api.member("curious-member")).getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, api.refused(HttpRequest.GET(YOUTH + "/ideas/" + ideaId + "/comments"),
                null).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST(YOUTH + "/ideas/" + ideaId + "/comments",
                Map.of("body", "x")), student).getStatus());

        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> presented = api.post(YOUTH + "/ideas/" + ideaId + "/present",
                Map.of("outcome", "来年度、公園照明の改修計画で検討する"), secretariat);
        assertEquals("PRESENTED", presented.get("status"));
        // Again, by the old path (accepted until the next release): already presented.
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST(YOUTH + "/ideas/" + ideaId + "/presentation",
                Map.of("outcome", "again")), secretariat).getStatus());
        assertEquals("来年度、公園照明の改修計画で検討する", api.get(YOUTH + "/ideas/" + ideaId, null).get("outcome"));
        assertEquals(List.of("YOUTH_IDEA_PRESENTED", "YOUTH_IDEA_COMMENTED"),
                api.items("/api/cocreation/notifications", student).stream().map(n -> n.get("kind")).toList());
        assertEquals(1, api.items(YOUTH + "/ideas/mine", student).size());
    }

    @Test
    void onlyEnrolledYouthAccountsSubmitAndOnlyOnOpenThemes() {
        String theme = (String) api.post(YOUTH + "/themes", Map.of("title", "通学路の安全",
                "description", "通学路について"), secretariat).get("id");
        Person unenrolled = new Person("youth-x", "x", TestTokens.issue(jwt, "youth-unenrolled", null, "YOUTH"));
        Map<String, String> idea = Map.of("title", "横断歩道", "body", "信号を増やしてほしい");
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST(YOUTH + "/themes/" + theme + "/ideas", idea),
                unenrolled).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST(YOUTH + "/themes/" + theme + "/ideas", idea),
                api.member("adult-member")).getStatus());

        Person student = enrolledStudent("closed-theme-" + UUID.randomUUID(), "たろう", "HS_1");
        api.post(YOUTH + "/themes/" + theme + "/close", "", secretariat);
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST(YOUTH + "/themes/" + theme + "/ideas", idea),
                student).getStatus());

        HttpClientResponseException bad = api.refused(HttpRequest.POST(YOUTH + "/participants", Map.of("userId", "u",
                "nickname", " ")).header("Accept-Language", "en"), secretariat);
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        String body = bad.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("\"nickname\"") && body.contains("\"schoolYear\""), body);
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET(YOUTH + "/participants"),
                api.member("nosy-member")).getStatus());
    }

    /**
     * Scans every GET endpoint open to anonymous callers, with every id this test created substituted into its path,
     * and checks that no response contains the student's real name, guardian contact or account id.
     */
    @Test
    void noPublicEndpointRevealsAMinorsRealNameContactOrAccount() {
        String userId = "minor-" + UUID.randomUUID();
        Person student = enrolled(userId, "そらまめ", "HS_2");
        String theme = (String) api.post(YOUTH + "/themes", Map.of("title", "図書館の使い方",
                "description", "図書館についての提案"), secretariat).get("id");
        String idea = (String) api.post(YOUTH + "/themes/" + theme + "/ideas", Map.of("title", "自習室を増やす",
                "body", "テスト期間は席が足りません"), student).get("id");
        api.post(YOUTH + "/ideas/" + idea + "/comments", Map.of("body", "利用状況を調べましょう"),
                new Person("mentor", "m", TestTokens.staff(jwt, UUID.randomUUID())));
        // The secretariat does see the private fields: proves they are stored, so their absence below means something.
        String secretariatView = http.toBlocking().retrieve(HttpRequest.GET(YOUTH + "/participants?size=100")
                .bearerAuth(secretariat.token()), String.class);
        assertTrue(secretariatView.contains(REAL_NAME) && secretariatView.contains(GUARDIAN_CONTACT));
        String meeting = (String) api.scheduleMeeting(null, clock.instant().plus(Duration.ofDays(3)), 5).get("id");

        List<String> ids = List.of(theme, idea, meeting);
        List<String> scanned = new ArrayList<>();
        // Anonymous visitors on public routes, and an ordinary signed-in member on every route any signed-in user
        // may call: neither may ever see what only the secretariat may.
        Person member = api.member("scanning-member");
        router.uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.GET)
                .filter(route -> rulesOf(route).contains(SecurityRule.IS_ANONYMOUS)
                        || rulesOf(route).contains(SecurityRule.IS_AUTHENTICATED))
                .forEach(route -> {
                    List<Person> callers = rulesOf(route).contains(SecurityRule.IS_ANONYMOUS)
                            ? java.util.Arrays.asList(null, member) : List.of(member);
                    for (String path : expand(route, ids)) {
                        for (String url : List.of(path, path + (path.contains("?") ? "&" : "?") + "size=100")) {
                            for (Person caller : callers) {
                                String body = fetch(url, caller);
                                if (body != null) {
                                    scanned.add(url);
                                    assertFalse(body.contains(REAL_NAME), url + " shows the real name: " + body);
                                    assertFalse(body.contains(GUARDIAN_CONTACT), url + " shows the contact: " + body);
                                    assertFalse(body.contains(userId), url + " shows the account id: " + body);
                                }
                            }
                        }
                    }
                });
        assertTrue(scanned.stream().anyMatch(url -> url.startsWith(YOUTH + "/themes/" + theme + "/ideas")), scanned::toString);
        assertTrue(scanned.stream().anyMatch(url -> url.startsWith(YOUTH + "/ideas/" + idea)), scanned::toString);
        assertTrue(scanned.contains("/api/cocreation/notifications"), scanned::toString);
        String publicList = fetch(YOUTH + "/themes/" + theme + "/ideas");
        assertTrue(publicList.contains("そらまめ") && publicList.contains("高校2年"), publicList);
    }

    private static List<String> rulesOf(UriRouteInfo<?, ?> route) {
        return Arrays.asList(route.getTargetMethod().getAnnotationMetadata().stringValues(Secured.class));
    }

    private static List<String> expand(UriRouteInfo<?, ?> route, List<String> ids) {
        List<String> variables = route.getUriMatchTemplate().getVariableNames();
        if (variables.isEmpty()) {
            return List.of(route.getUriMatchTemplate().expand(Map.of()));
        }
        List<String> paths = new ArrayList<>();
        for (String id : ids) {
            Map<String, Object> values = new HashMap<>();
            variables.forEach(variable -> values.put(variable, id));
            paths.add(route.getUriMatchTemplate().expand(values));
        }
        return paths;
    }

    /** The body of a GET, or null when it is refused (not found, not allowed, bad id for the route). */
    private String fetch(String url) {
        return fetch(url, null);
    }

    private String fetch(String url, Person as) {
        try {
            var request = HttpRequest.GET(url);
            return http.toBlocking().retrieve(as == null ? request : request.bearerAuth(as.token()), String.class);
        } catch (HttpClientResponseException e) {
            return null;
        }
    }

    private Person enrolledStudent(String username, String nickname, String schoolYear) {
        return enrolled(UUID.nameUUIDFromBytes(username.getBytes()).toString(), nickname, schoolYear, username);
    }

    private Person enrolled(String userId, String nickname, String schoolYear) {
        return enrolled(userId, nickname, schoolYear, "youth-" + userId);
    }

    private Person enrolled(String userId, String nickname, String schoolYear, String username) {
        api.post(YOUTH + "/participants", Map.of("userId", userId, "nickname", nickname, "schoolYear", schoolYear,
                "realName", REAL_NAME, "guardianContact", GUARDIAN_CONTACT), secretariat);
        return new Person(username, userId, youthToken(username, userId));
    }

    /** A YOUTH token whose uid is {@code userId}, as the portal issues it for the student's account. */
    private String youthToken(String username, String userId) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", username);
        claims.put("roles", List.of("YOUTH"));
        claims.put("uid", userId);
        return jwt.generateToken(claims).orElseThrow();
    }

    /** The database for this class. */
    private static final class ServiceTestPropertiesFor {
        static Map<String, String> youth() {
            return jp.kyoso.testsupport.ServiceTestProperties.forService("cocreation_youth_it");
        }
    }
}
