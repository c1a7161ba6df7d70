package jp.kyoso.declarations.report;

import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.declarations.Api;
import jp.kyoso.declarations.Declarants;
import jp.kyoso.declarations.TestClock;
import jp.kyoso.declarations.organisation.OrganisationDirectory;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The scheduled job itself: with a short interval, moving the clock past June 30 flags the declaration by itself. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledSweepIT implements TestPropertyProvider {

    private static final String BASE = "/api/declarations";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("declarations_schedule_it");
        properties.put("kyoso.declarations.sweep-interval", "200ms");
        properties.put("kyoso.declarations.sweep-initial-delay", "0s");
        return properties;
    }

    @AfterAll
    void realTime() {
        clock.set(null);
    }

    @Test
    void theScheduleMovesAnUnreportedDeclarationToReportOverdue() {
        Api api = new Api(http);
        clock.setTokyo(2051, 5, 1);
        UUID organisation = UUID.randomUUID();
        organisations.approved(organisation, "定期実行株式会社", OrganisationType.COMPANY, Instant.now());
        String member = TestTokens.member(jwt, organisation);
        Map<String, Object> draft = api.post(BASE, Declarants.balancedForm("時間で動く"), member);
        String id = (String) draft.get("id");
        api.post(BASE + "/" + id + "/submit", Map.of("version", Api.version(draft)), member);
        api.post(BASE + "/" + id + "/register", "", TestTokens.secretariat(jwt));

        clock.setTokyo(2052, 7, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> "REPORT_OVERDUE".equals(api.get(BASE + "/" + id, member)
                .get("status")));
    }
}
