package jp.kyoso.cocreation.profile;

import static jp.kyoso.cocreation.support.Http.map;
import static jp.kyoso.cocreation.support.Http.refused;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.support.CityLabEvents;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The public organisation profile bundles its seeds and what City Lab's events report, and nothing private. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationProfileIT implements TestPropertyProvider {

    private static final String ORGANISATIONS = "/api/cocreation/organisations";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("cocreation_profile_it");
    }

    @Test
    void aMembersProfileShowsItsSeedsAdoptedProposalsAndProjectsButNoContactData() {
        String id = (String) http.toBlocking().retrieve(HttpRequest.POST(ORGANISATIONS, Map.of(
                "name", "青物横丁モビリティ株式会社", "organisationType", "STARTUP", "contactName", "青木 一郎",
                "contactEmail", "aoki@aomono-mobility.example.jp")), Map.class).get("id");
        assertEquals(HttpStatus.NOT_FOUND, refused(http, HttpRequest.GET(ORGANISATIONS + "/" + id + "/profile"))
                .getStatus());
        http.toBlocking().retrieve(HttpRequest.POST(ORGANISATIONS + "/" + id + "/approve", "")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/seeds", Map.of("title", "オンデマンド乗合バス",
                "description", "坂の多い地域で予約制の乗合バスを運行します。", "sdgTargets", List.of("11.2")))
                .bearerAuth(TestTokens.member(jwt, UUID.fromString(id))), Map.class);

        String challengeId = UUID.randomUUID().toString();
        String proposalId = UUID.randomUUID().toString();
        CityLabEvents.publish(new ProposalAdopted(proposalId, challengeId, id, "高齢者の移動支援の実証",
                Instant.parse("2025-07-01T00:00:00Z"), "staff"));
        CollaborationProjectStarted project = new CollaborationProjectStarted(UUID.randomUUID().toString(),
                ProjectOrigin.CHALLENGE, challengeId, null, null, "乗合バス連携事業", List.of(id, UUID.randomUUID().toString()),
                "00000000-0000-4000-8000-0000000000c1", List.of("11.2"), LocalDate.of(2025, 10, 1),
                Instant.parse("2025-10-01T00:00:00Z"));
        CityLabEvents.publish(project);
        // Redelivered under a new event id (a producer retry after a crash): still one project on the profile.
        CityLabEvents.publish(project);

        Map<?, ?> profile = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.toBlocking().retrieve(HttpRequest.GET(ORGANISATIONS + "/" + id + "/profile"), Map.class),
                found -> ((Number) map(found.get("collaborationProjects")).get("total")).intValue() == 1
                        && ((Number) map(found.get("adoptedProposals")).get("total")).intValue() == 1);

        assertEquals("青物横丁モビリティ株式会社", profile.get("name"));
        assertEquals("スタートアップ", profile.get("organisationTypeLabel"));
        assertEquals(1, ((Number) map(profile.get("seeds")).get("total")).intValue());
        assertEquals("オンデマンド乗合バス", map(((List<?>) map(profile.get("seeds")).get("latest")).get(0)).get("title"));
        Map<?, ?> adopted = map(((List<?>) map(profile.get("adoptedProposals")).get("latest")).get(0));
        assertEquals(proposalId, adopted.get("referenceId"));
        assertEquals(challengeId, adopted.get("challengeId"));
        assertEquals("乗合バス連携事業",
                map(((List<?>) map(profile.get("collaborationProjects")).get("latest")).get(0)).get("title"));
        String text = http.toBlocking().retrieve(HttpRequest.GET(ORGANISATIONS + "/" + id + "/profile"));
        assertFalse(text.contains("aoki") || text.contains("青木"), text);

        Map<?, ?> projects = http.toBlocking().retrieve(HttpRequest.GET(ORGANISATIONS + "/" + id
                + "/achievements?kind=COLLABORATION_PROJECT&size=10"), Map.class);
        assertEquals(1, ((List<?>) projects.get("items")).size());

        http.toBlocking().retrieve(HttpRequest.POST(ORGANISATIONS + "/" + id + "/suspend", Map.of("reason", "確認中"))
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertEquals(HttpStatus.NOT_FOUND, refused(http, HttpRequest.GET(ORGANISATIONS + "/" + id + "/profile"))
                .getStatus());
    }

    @Test
    void theProfileShowsTheDeclarationAndGrantsTheRegistryAndTheFundReport() {
        String id = (String) http.toBlocking().retrieve(HttpRequest.POST(ORGANISATIONS, Map.of(
                "name", "大井町グリーンエネルギー株式会社", "organisationType", "COMPANY", "contactName", "大井 花子",
                "contactEmail", "oi@oimachi-green.example.jp")), Map.class).get("id");
        http.toBlocking().retrieve(HttpRequest.POST(ORGANISATIONS + "/" + id + "/approve", "")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        String declaration = UUID.randomUUID().toString();
        CityLabEvents.publish(new DeclarationRegistered(declaration, id, "大井町グリーンエネルギー株式会社",
                OrganisationType.COMPANY, "SDGs-2025-0042", 2025, 2025, 2027, List.of(7, 13), List.of("7.2", "13.3"),
                Instant.parse("2025-06-01T00:00:00Z"), "secretariat"));
        CityLabEvents.publish(new ApplicationAwarded(UUID.randomUUID().toString(), UUID.randomUUID().toString(), id,
                1_500_000, 2_000_000, 1, null, Instant.parse("2025-09-01T00:00:00Z"), "secretariat"));

        Map<?, ?> registered = await().atMost(Duration.ofSeconds(30)).until(() -> extensions(id),
                found -> found.containsKey("declaration") && found.containsKey("grants"));
        assertEquals("SDGs-2025-0042", map(registered.get("declaration")).get("registrationNumber"));
        assertEquals("ACTIVE", map(registered.get("declaration")).get("status"));
        assertEquals(List.of(7, 13), map(registered.get("declaration")).get("goals"));
        assertEquals("ウェルビーイング・SDGs推進ファンド助成 1,500,000円",
                map(((List<?>) map(registered.get("grants")).get("latest")).get(0)).get("title"));

        CityLabEvents.publish(new DeclarationRevoked(declaration, id, "SDGs-2025-0042", "宣言内容と異なる広告を継続したため",
                Instant.parse("2026-01-10T00:00:00Z"), "secretariat"));
        Map<?, ?> revoked = await().atMost(Duration.ofSeconds(30)).until(() -> map(extensions(id).get("declaration")),
                found -> "REVOKED".equals(found.get("status")));
        assertEquals("宣言内容と異なる広告を継続したため", revoked.get("publicReason"));
    }

    private Map<?, ?> extensions(String id) {
        return map(http.toBlocking().retrieve(HttpRequest.GET(ORGANISATIONS + "/" + id + "/profile"), Map.class)
                .get("extensions"));
    }
}
