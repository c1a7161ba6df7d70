package jp.kyoso.citylab.challenge;

import static jp.kyoso.citylab.support.CityLabApi.CHALLENGES;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.citylab.support.CityLabApi;
import jp.kyoso.testsupport.ServiceJarProcess;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real co-creation service beside this one, only Kafka between them: a member's issue promoted by the
 * secretariat on the issue board becomes a draft challenge here, and the board then shows the challenge.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssueToChallengeRoundTripIT implements TestPropertyProvider {

    private static final UUID DEPARTMENT = UUID.fromString("00000000-0000-4000-8000-0000000000c1");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    private ServiceJarProcess coCreation;
    private HttpClient coCreationHttp;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("citylab_roundtrip_it");
    }

    @BeforeAll
    void startCoCreation() throws MalformedURLException {
        assertTrue(ServiceJarProcess.packaged("co-creation"), "co-creation is not packaged at "
                + ServiceJarProcess.jarOf("co-creation") + "; build with services/co-creation in the reactor");
        coCreation = ServiceJarProcess.start("co-creation", "cocreation_roundtrip_it");
        coCreationHttp = HttpClient.create(coCreation.base().toURL());
    }

    @AfterAll
    void stopCoCreation() {
        if (coCreationHttp != null) {
            coCreationHttp.close();
        }
        if (coCreation != null) {
            coCreation.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPromotedIssueBecomesAChallengeAndTheBoardLinksIt() {
        String organisation = (String) coCreation(HttpRequest.POST("/api/cocreation/organisations", Map.of(
                "name", "旗の台まちづくり株式会社", "organisationType", "COMPANY", "contactName", "旗野 一郎",
                "contactEmail", "hatano@hatanodai.example.jp")), null).get("id");
        coCreation(HttpRequest.POST("/api/cocreation/organisations/" + organisation + "/approve", ""),
                TestTokens.secretariat(jwt));
        String issue = (String) coCreation(HttpRequest.POST("/api/cocreation/issues", Map.of(
                "title", "商店街の夜間の見守り", "body", "夜間の人通りが少なく、防犯が心配との声があります。",
                "sdgTargets", List.of("11.7", "16.1"))), TestTokens.member(jwt, UUID.fromString(organisation)))
                .get("id");
        coCreation(HttpRequest.POST("/api/cocreation/issues/" + issue + "/promote",
                Map.of("departmentId", DEPARTMENT.toString())), TestTokens.secretariat(jwt));

        // co-creation -> Kafka -> city-lab: a draft challenge that names the issue, for the department.
        CityLabApi api = new CityLabApi(http, jwt);
        // An empty page has no "items" (empty values are left out of the JSON): the draft may not be there yet.
        Map<String, Object> draft = await().atMost(Duration.ofSeconds(60)).until(() -> ((List<Map<String, Object>>)
                        ((Map<String, Object>) api.get(CHALLENGES + "?mine=true&size=100", api.staff(DEPARTMENT)))
                                .getOrDefault("items", List.of())).stream()
                        .filter(challenge -> issue.equals(challenge.get("originIssueId"))).findFirst().orElse(null),
                found -> found != null);
        assertEquals("DRAFT", draft.get("status"));
        assertEquals("商店街の夜間の見守り", draft.get("title"));

        // city-lab -> Kafka -> co-creation: the issue shows the challenge drafted from it.
        Map<String, Object> linked = await().atMost(Duration.ofSeconds(60)).until(
                () -> coCreation(HttpRequest.GET("/api/cocreation/issues/" + issue), TestTokens.secretariat(jwt)),
                found -> found.get("challenge") instanceof Map<?, ?> challenge
                        && draft.get("id").equals(challenge.get("challengeId")));
        assertEquals("PROMOTED", linked.get("status"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> coCreation(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        return coCreationHttp.toBlocking().retrieve(request, Map.class);
    }
}
