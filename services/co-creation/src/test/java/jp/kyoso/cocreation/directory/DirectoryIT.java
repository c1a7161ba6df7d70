package jp.kyoso.cocreation.directory;

import static jp.kyoso.cocreation.support.Http.body;
import static jp.kyoso.cocreation.support.Http.map;
import static jp.kyoso.cocreation.support.Http.refused;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.support.CityLabEvents;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public member directory on real PostgreSQL and Kafka: Japanese name search, type, declaration and SDG goal,
 * paging, no contact data and no applicants who were not approved.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryIT implements TestPropertyProvider {

    private static final String DIRECTORY = "/api/cocreation/directory";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    private String energy;
    private String mobility;
    private String university;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("cocreation_directory_it");
    }

    @BeforeAll
    void members() {
        energy = approved("大井町グリーンエネルギー株式会社", "COMPANY", "oi@oimachi-green.example.jp");
        mobility = approved("青物横丁モビリティ株式会社", "STARTUP", "aoki@aomono-mobility.example.jp");
        university = approved("学校法人 品川湾岸大学", "UNIVERSITY", "kenkyu@wangan.example.ac.jp");
        apply("申請中エネルギー株式会社");
        CityLabEvents.publish(new DeclarationRegistered(UUID.randomUUID().toString(), energy,
                "大井町グリーンエネルギー株式会社", OrganisationType.COMPANY, "SDGs-2025-0042", 2025, 2025, 2027,
                List.of(7, 13), List.of("7.2", "13.3"), Instant.parse("2025-06-01T00:00:00Z"), "secretariat"));
        http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/seeds", Map.of("title", "オンデマンド乗合バス",
                "description", "坂の多い地域で予約制の乗合バスを運行します。", "sdgTargets", List.of("11.2")))
                .bearerAuth(TestTokens.member(jwt, UUID.fromString(mobility))), Map.class);
        CityLabEvents.publish(new CollaborationProjectStarted(UUID.randomUUID().toString(), ProjectOrigin.CHALLENGE,
                UUID.randomUUID().toString(), null, null, "乗合バス連携事業", List.of(mobility),
                "00000000-0000-4000-8000-0000000000c1", List.of("11.2"), LocalDate.of(2025, 10, 1),
                Instant.parse("2025-10-01T00:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) entry(mobility).get("projects")).intValue() == 1
                && entry(energy).get("declared") == Boolean.TRUE);
    }

    @Test
    void aJapaneseNameTypeDeclarationAndGoalFindTheirMembers() {
        assertEquals(List.of(energy), ids("q=" + enc("エネルギー")));
        assertEquals(List.of(mobility), ids("q=" + enc("青物横丁")));
        assertEquals(List.of(university), ids("type=UNIVERSITY"));
        assertEquals(List.of(energy), ids("declared=true"));
        assertEquals(List.of(energy), ids("sdgGoal=13"));
        // Goal 11 by a published seed aimed at 11.2, not by a declaration.
        assertEquals(List.of(mobility), ids("sdgGoal=11"));
        assertEquals(List.of(), ids("sdgGoal=11&type=COMPANY"));
        // goal= is the old name of sdgGoal, accepted until the next release.
        assertEquals(List.of(mobility), ids("goal=11"));
        List<String> undeclared = ids("declared=false");
        assertTrue(undeclared.containsAll(List.of(mobility, university)) && !undeclared.contains(energy),
                undeclared.toString());
    }

    @Test
    void eachEntryShowsDeclarationAndProjectsButNoContactAndNoApplicant() {
        Map<?, ?> green = entry(energy);
        assertEquals("企業", green.get("organisationTypeLabel"));
        assertEquals("SDGs-2025-0042", green.get("registrationNumber"));
        assertEquals(List.of(7, 13), green.get("declarationGoals"));
        Map<?, ?> bus = entry(mobility);
        assertEquals(1, ((Number) bus.get("projects")).intValue());
        assertEquals(1, ((Number) bus.get("seeds")).intValue());
        assertFalse(Boolean.TRUE.equals(bus.get("declared")), bus.toString());

        String text = http.toBlocking().retrieve(HttpRequest.GET(DIRECTORY + "?size=100"));
        assertFalse(text.contains("@") || text.contains("contact"), text);
        assertFalse(text.contains("申請中エネルギー"), text);
        String english = http.toBlocking().retrieve(HttpRequest.GET(DIRECTORY + "?type=STARTUP")
                .header("Accept-Language", "en"));
        assertTrue(english.contains("\"organisationTypeLabel\":\"Startup\""), english);
    }

    @Test
    void theListIsPagedAndBadFiltersAreFieldErrors() {
        Map<?, ?> first = http.toBlocking().retrieve(HttpRequest.GET(DIRECTORY + "?size=2"), Map.class);
        assertEquals(3, ((Number) first.get("totalItems")).intValue(), first.toString());
        assertEquals(2, ((List<?>) first.get("items")).size());
        Map<?, ?> second = http.toBlocking().retrieve(HttpRequest.GET(DIRECTORY + "?size=2&page=1"), Map.class);
        assertEquals(1, ((List<?>) second.get("items")).size());

        var badGoal = refused(http, HttpRequest.GET(DIRECTORY + "?sdgGoal=18"));
        assertEquals(HttpStatus.BAD_REQUEST, badGoal.getStatus());
        assertTrue(body(badGoal).contains("\"sdgGoal\"") && body(badGoal).contains("1から17"), body(badGoal));
        assertEquals(HttpStatus.BAD_REQUEST, refused(http, HttpRequest.GET(DIRECTORY + "?type=MAYOR")).getStatus());
    }

    private Map<?, ?> entry(String id) {
        return ((List<?>) http.toBlocking().retrieve(HttpRequest.GET(DIRECTORY + "?size=100"), Map.class)
                .get("items")).stream().map(item -> map(item)).filter(item -> id.equals(item.get("id")))
                .findFirst().orElseThrow();
    }

    private List<String> ids(String query) {
        Map<?, ?> page = http.toBlocking().retrieve(HttpRequest.GET(DIRECTORY + "?" + query), Map.class);
        // Serde leaves an empty list out of the JSON.
        List<?> items = page.get("items") == null ? List.of() : (List<?>) page.get("items");
        return items.stream().map(item -> (String) map(item).get("id")).toList();
    }

    private String approved(String name, String type, String email) {
        String id = apply(name, type, email);
        http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/organisations/" + id + "/approve", "")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        return id;
    }

    private String apply(String name) {
        return apply(name, "COMPANY", "shinsei@example.jp");
    }

    private String apply(String name, String type, String email) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/organisations", Map.of("name",
                name, "organisationType", type, "contactName", "窓口 太郎", "contactEmail", email)), Map.class).get("id");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
