package jp.kyoso.citylab.challenge;

import static jp.kyoso.citylab.support.CityLabApi.CHALLENGES;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.citylab.support.CityLabApi;
import jp.kyoso.citylab.support.TestClock;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The scheduled deadline check, running on its own every second here, closes a challenge once the clock passes. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineJobIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("citylab_deadline_job_it");
        properties.put("kyoso.citylab.deadline-check-interval", "1s");
        properties.put("kyoso.citylab.deadline-check-initial-delay", "1s");
        return properties;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPublishedChallengeClosesByItselfWhenItsDeadlinePasses() {
        CityLabApi api = new CityLabApi(http, jwt);
        String id = (String) api.publishedChallenge(UUID.randomUUID(), "夜間の防犯", CityLabApi.daysFromToday(1))
                .get("id");
        assertEquals("PUBLISHED", api.get(CHALLENGES + "/" + id, null).get("status"));

        clock.advance(Duration.ofDays(3));

        await().atMost(Duration.ofSeconds(20)).until(() -> "CLOSED".equals(api.get(CHALLENGES + "/" + id, null)
                .get("status")));
    }
}
