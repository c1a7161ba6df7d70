package jp.kyoso.cocreation.config;

import static jp.kyoso.cocreation.support.Http.events;
import static jp.kyoso.cocreation.support.Http.map;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.organisation.DemoOrganisation;
import jp.kyoso.cocreation.organisation.DemoOrganisations;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Local mode: the portal's demo organisations are admitted on start-up, once, with OrganisationApproved on Kafka. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOrganisationsIT implements TestPropertyProvider {

    private static final String COMPANY = "00000000-0000-4000-8000-0000000000b1";
    private static final String DEPARTMENT = "00000000-0000-4000-8000-0000000000c1";
    /** The second demo member's company, with no declaration in the demo data (the declaration journey's). */
    private static final String SECOND_COMPANY = "00000000-0000-4000-8000-0000000000b2";
    private static final String DEMO_MEMBER_USER_ID = "00000000-0000-4000-8000-000000000a04";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    DemoOrganisations demo;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("cocreation_demo_it");
        properties.put("kyoso.demo.enabled", "true");
        return properties;
    }

    @Test
    void theDemoOrganisationsAreApprovedMembersWithTheDemoUsersAsAdmins() {
        for (String id : List.of(COMPANY, SECOND_COMPANY, DEPARTMENT)) {
            Map<?, ?> organisation = http.toBlocking().retrieve(HttpRequest.GET("/api/cocreation/organisations/" + id)
                    .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
            assertEquals("APPROVED", organisation.get("status"));
            await().atMost(Duration.ofSeconds(30)).until(() -> events(Topics.COCREATION_ORGANISATION, id,
                    "jp.kyoso.cocreation.organisation.approved.v1"), found -> found.size() == 1);
        }
        Map<?, ?> company = http.toBlocking().retrieve(HttpRequest.GET("/api/cocreation/organisations/" + COMPANY)
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertEquals("しながわテック株式会社", company.get("name"));
        assertEquals("COMPANY", company.get("organisationType"));

        String demoMember = jwt.generateToken(Map.of("sub", "member", "uid", DEMO_MEMBER_USER_ID, "org", COMPANY,
                "roles", List.of("MEMBER"))).orElseThrow();
        List<?> mine = http.toBlocking().retrieve(HttpRequest.GET("/api/cocreation/memberships/mine")
                .bearerAuth(demoMember), Argument.listOf(Map.class));
        assertEquals(List.of(COMPANY), mine.stream().map(m -> map(m).get("organisationId")).toList());
        assertEquals("ADMIN", map(mine.get(0)).get("role"));
    }

    @Test
    void seedingAgainChangesNothing() {
        assertFalse(demo.seed(new DemoOrganisation(UUID.fromString(COMPANY), "しながわテック株式会社",
                OrganisationType.COMPANY, "member@shinagawa-tech.example.jp", DEMO_MEMBER_USER_ID, "member")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> events(
                Topics.COCREATION_ORGANISATION, COMPANY, "jp.kyoso.cocreation.organisation.approved.v1"),
                found -> found.size() == 1);
    }
}
