package jp.kyoso.kpi.citylab;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.ServiceJarProcess;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole City Lab path across two real services: a department's draft is refined, signed off and published in
 * city-lab, an approved company proposes, the department adopts, and this kpi service's 新規産学官連携事業数 goes up
 * by one — only through Kafka. city-lab runs from its packaged jar, so this needs city-lab built in the same reactor
 * (kpi declares a test dependency on it, so {@code -am} builds it first).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengeToProjectKpiIT implements TestPropertyProvider {

    private static final UUID DEPARTMENT = UUID.randomUUID();
    private static final UUID COMPANY = UUID.randomUUID();

    @Inject
    @Client("/")
    HttpClient kpi;

    @Inject
    JwtTokenGenerator jwt;

    private ServiceJarProcess cityLab;
    private HttpClient cityLabHttp;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_citylab_flow_it");
    }

    @BeforeAll
    void startCityLab() throws MalformedURLException {
        assertTrue(ServiceJarProcess.packaged("city-lab"), "city-lab is not packaged at "
                + ServiceJarProcess.jarOf("city-lab") + "; build with services/city-lab in the reactor");
        cityLab = ServiceJarProcess.start("city-lab", "citylab_kpi_flow_it");
        cityLabHttp = HttpClient.create(cityLab.base().toURL());
    }

    @AfterAll
    void stopCityLab() {
        if (cityLabHttp != null) {
            cityLabHttp.close();
        }
        if (cityLab != null) {
            cityLab.close();
        }
    }

    @Test
    void aChallengeFromDraftToCollaborationProjectMovesTheHeadlineKpi() {
        int fiscalYear = FiscalYear.of(Instant.now()).year();
        long projectsBefore = headline(fiscalYear);
        long receivedBefore = proposals(fiscalYear, "received");
        long adoptedBefore = proposals(fiscalYear, "adopted");
        CityLabRecords.publish(new OrganisationApproved(COMPANY.toString(), "しながわテック株式会社",
                OrganisationType.COMPANY, null, Instant.now(), "secretariat"));

        String staff = TestTokens.staff(jwt, DEPARTMENT);
        String secretariat = TestTokens.secretariat(jwt);
        String challenges = "/api/citylab/challenges";
        LocalDate deadline = LocalDate.now(FiscalYear.TOKYO).plusDays(30);
        String id = (String) post(challenges, Map.of("title", "高齢者の見守り", "background", "一人暮らしの高齢者が増えています。",
                "desiredOutcome", "見守りの空白をなくす", "sdgTargets", List.of("3.8", "11.7"),
                "proposalDeadline", deadline.toString()), staff).get("id");
        post(challenges + "/" + id + "/start-refinement", "", secretariat);
        post(challenges + "/" + id + "/versions", Map.of("title", "一人暮らし高齢者の見守り", "background",
                "一人暮らしの高齢者が増えています。", "desiredOutcome", "見守りの空白をなくす", "solutionDirection",
                "非接触センサーと地域の見守りの組み合わせ", "sdgTargets", List.of("3.8", "11.7")), secretariat);
        post(challenges + "/" + id + "/request-signoff", "", secretariat);
        post(challenges + "/" + id + "/sign-off", "", staff);
        assertEquals("PUBLISHED", post(challenges + "/" + id + "/publish", "", secretariat).get("status"));

        Map<String, Object> proposal = Map.of("title", "AIセンサーによる見守り", "summary", "生活リズムを非接触で見守ります。",
                "approach", "民生委員と連携します。", "team", "3名", "sdgTargets", List.of("3.8"),
                "expectedOutcome", "異変の早期発見", "costEstimateYen", 1_200_000, "periodFrom", deadline.toString(),
                "periodTo", deadline.plusMonths(6).toString());
        String proposalId = (String) await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> post(challenges + "/" + id + "/proposals", proposal, TestTokens.member(jwt, COMPANY)),
                created -> created != null).get("id");
        Map<?, ?> adopted = post("/api/citylab/proposals/" + proposalId + "/adopt", "", staff);
        assertEquals("ADOPTED", adopted.get("status"));

        await().atMost(Duration.ofSeconds(60)).until(() -> headline(fiscalYear) == projectsBefore + 1
                && proposals(fiscalYear, "adopted") == adoptedBefore + 1);
        assertEquals(receivedBefore + 1, proposals(fiscalYear, "received"));
        assertEquals(projectsBefore + 1, headline(fiscalYear));
    }

    private Map<?, ?> post(String path, Object body, String token) {
        return cityLabHttp.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), Map.class);
    }

    private Map<?, ?> kpis(int fiscalYear) {
        return kpi.toBlocking().retrieve(HttpRequest.GET("/api/kpi/citylab?fiscalYear=" + fiscalYear), Map.class);
    }

    private long headline(int fiscalYear) {
        return ((Number) ((Map<?, ?>) kpis(fiscalYear).get("newCollaborationProjects")).get("inYear")).longValue();
    }

    private long proposals(int fiscalYear, String figure) {
        return ((Number) ((Map<?, ?>) kpis(fiscalYear).get("proposals")).get(figure)).longValue();
    }
}
