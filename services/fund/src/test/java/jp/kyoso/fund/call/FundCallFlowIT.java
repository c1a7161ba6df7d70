package jp.kyoso.fund.call;

import static jp.kyoso.fund.shared.FundRequests.application;
import static jp.kyoso.fund.shared.FundRequests.callRequest;
import static jp.kyoso.fund.shared.FundRequests.list;
import static jp.kyoso.fund.shared.FundRequests.number;
import static jp.kyoso.fund.shared.FundRequests.scores;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.fund.grantapplication.GrantApplicationRepository;
import jp.kyoso.fund.organisation.CollaborationPartnerRepository;
import jp.kyoso.fund.organisation.OrganisationReplicaRepository;
import jp.kyoso.fund.shared.FundHttp;
import jp.kyoso.fund.shared.PlatformEvents;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceJarProcess;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One call from contributions and opening to decision, payment and evaluation, over HTTP on real PostgreSQL and
 * Kafka: conflicts of interest refused on every committee endpoint, blind-until-submitted scores, rank-order reasons,
 * tranche limits, and every event published and valid.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundCallFlowIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationReplicaRepository organisations;

    @Inject
    CollaborationPartnerRepository partners;

    @Inject
    GrantApplicationRepository applicationRows;

    private ServiceJarProcess kpi;
    private FundHttp api;
    private UUID alpha;
    private UUID beta;
    private UUID investor;
    private UUID partnerOfBeta;
    private UUID pending;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("fund_call_flow_it");
    }

    @BeforeAll
    void organisationsAreKnownFromCoCreationAndCityLab() {
        assertTrue(ServiceJarProcess.packaged("kpi"), "kpi is not packaged at " + ServiceJarProcess.jarOf("kpi"));
        kpi = ServiceJarProcess.start("kpi", "kpi_fund_flow_it");
        api = new FundHttp(client, jwt);
        alpha = PlatformEvents.approvedOrganisation("しながわ見守りテック株式会社", OrganisationType.COMPANY);
        beta = PlatformEvents.approvedOrganisation("NPO法人しながわ子ども食堂", OrganisationType.NPO);
        investor = PlatformEvents.approvedOrganisation("品川信用金庫", OrganisationType.FINANCIAL_INSTITUTION);
        partnerOfBeta = UUID.randomUUID();
        pending = UUID.randomUUID();
        PlatformEvents.collaborationProject(beta, partnerOfBeta);
        await().atMost(Duration.ofSeconds(30)).until(() -> organisations.existsById(alpha)
                && organisations.existsById(beta) && organisations.existsById(investor)
                && !partners.partnersOf(beta).isEmpty());
    }

    @Test
    void oneCallFromOpeningToEvaluation() {
        String secretariat = api.secretariat();
        // Money: the city pledges 10M and pays 6M; the investor pledges and pays 5M.
        Map<String, Object> city = api.post(secretariat, "/api/fund/contributions", Map.of("contributorKind", "CITY",
                "contributorName", "品川区", "pledgedYen", 10_000_000));
        api.post(secretariat, "/api/fund/contributions/" + city.get("id") + "/receipts", Map.of("amountYen", 6_000_000));
        Map<String, Object> bank = api.post(secretariat, "/api/fund/contributions", Map.of(
                "contributorKind", "INVESTOR", "contributorOrganisationId", investor.toString(),
                "contributorName", "品川信用金庫", "amountYen", 5_000_000)); // pledgedYen's deprecated name
        api.post(secretariat, "/api/fund/contributions/" + bank.get("id") + "/receipts", Map.of("amountYen", 5_000_000));
        assertEquals("400 urn:kyoso:problem:invalid-input", api.refusal(HttpRequest.POST(
                "/api/fund/contributions/" + city.get("id") + "/receipts", Map.of("amountYen", 4_000_001)), secretariat));
        Map<String, Object> balance = api.get(secretariat, "/api/fund/balance");
        assertEquals(11_000_000, number(balance, "availableYen"));
        // Listed by contributorKind, or by kind, its deprecated name, still accepted this release.
        for (String filter : List.of("contributorKind", "kind")) {
            List<Map<String, Object>> investors = api.items(secretariat, "/api/fund/contributions?size=100&" + filter
                    + "=INVESTOR");
            assertTrue(investors.stream().allMatch(c -> "INVESTOR".equals(c.get("contributorKind"))), filter);
            assertTrue(investors.stream().anyMatch(c -> bank.get("id").equals(c.get("id"))
                    && number(c, "pledgedYen") == 5_000_000), filter);
        }

        // The call: opened by the secretariat; blind review; two reviewers per application.
        Map<String, Object> call = api.post(secretariat, "/api/fund/calls", callRequest(2_500_000));
        String callId = (String) call.get("id");
        assertEquals("DRAFT", call.get("status"));
        assertTrue(api.refusal(HttpRequest.GET("/api/fund/calls/" + callId), api.member(alpha)).startsWith("404"));
        assertEquals("OPEN", api.post(secretariat, "/api/fund/calls/" + callId + "/open", null).get("status"));

        // Applications: an unapproved organisation cannot apply; three approved ones do.
        assertEquals("403 urn:kyoso:problem:fund.application.notApprovedMember", api.refusal(
                HttpRequest.POST("/api/fund/applications", application(callId, 1_000_000)), api.member(pending)));
        String a = submitted(alpha, callId, 1_600_000);
        String b = submitted(beta, callId, 1_000_000);
        String c = submitted(investor, callId, 1_200_000);
        String withdrawn = submitted(alpha, callId, 500_000);
        assertEquals("WITHDRAWN", api.post(api.member(alpha), "/api/fund/applications/" + withdrawn + "/withdraw", null)
                .get("status"));
        assertTrue(api.refusal(HttpRequest.GET("/api/fund/applications/" + a), api.member(beta)).startsWith("404"));
        assertEquals("CLOSED", api.post(secretariat, "/api/fund/calls/" + callId + "/close", null).get("status"));
        assertEquals("409 urn:kyoso:problem:fund.call.notAccepting", api.refusal(
                HttpRequest.POST("/api/fund/applications", application(callId, 1_000_000)), api.member(alpha)));

        // The committee: one neutral member, one from the investor bank, one from beta's project partner.
        String neutral = api.committee("fund-flow-committee1", null);
        String banker = api.committee("fund-flow-committee2", null);
        String partner = api.committee("fund-flow-committee3", partnerOfBeta);
        api.items(neutral, "/api/fund/review/assignments");
        api.post(banker, "/api/fund/review/affiliations", Map.of("organisationId", investor.toString(), "note", "理事"));
        api.items(partner, "/api/fund/review/assignments");
        String bankerId = FundHttp.userIdOf("fund-flow-committee2");
        String partnerId = FundHttp.userIdOf("fund-flow-committee3");

        List<Map<String, Object>> assigned = api.postForList(secretariat, "/api/fund/calls/" + callId + "/assignments");
        Map<String, Set<String>> reviewersOf = new HashMap<>();
        for (Map<String, Object> assignment : assigned) {
            reviewersOf.computeIfAbsent((String) assignment.get("applicationId"), k -> new HashSet<>())
                    .add((String) assignment.get("reviewerId"));
        }
        assertEquals(Set.of(a, b, c), reviewersOf.keySet());
        assertFalse(reviewersOf.get(c).contains(bankerId), "the investor's member reviews the investor");
        assertFalse(reviewersOf.get(b).contains(partnerId), "a project partner reviews its partner");
        reviewersOf.values().forEach(reviewers -> assertEquals(2, reviewers.size()));

        // Conflicted members are refused on every endpoint, with the reason; and cannot be assigned by hand.
        String investorConflict = "403 urn:kyoso:problem:fund.conflict.investor";
        assertEquals(investorConflict, api.refusal(HttpRequest.GET("/api/fund/review/applications/" + c), banker));
        assertEquals(investorConflict, api.refusal(HttpRequest.GET("/api/fund/review/applications/" + c + "/scores"), banker));
        assertEquals(investorConflict, api.refusal(HttpRequest.POST("/api/fund/review/applications/" + c + "/scores",
                scores(5, 5, 5)), banker));
        assertEquals(investorConflict, api.refusal(HttpRequest.POST("/api/fund/review/applications/" + c + "/conflicts",
                Map.of("conflicted", false)), banker));
        assertEquals(investorConflict, api.refusal(HttpRequest.POST("/api/fund/review/applications/" + c + "/evaluations",
                scores(5, 5, 5)), banker));
        assertEquals("403 urn:kyoso:problem:fund.conflict.collaboration",
                api.refusal(HttpRequest.GET("/api/fund/review/applications/" + b), partner));
        assertEquals("409 urn:kyoso:problem:fund.assignment.conflicted", api.refusal(HttpRequest.POST(
                "/api/fund/applications/" + c + "/reviewers", Map.of("reviewerId", bankerId)), secretariat));

        // Declare before reading; blind review hides the applicant.
        Map<String, String> tokens = Map.of(FundHttp.userIdOf("fund-flow-committee1"), neutral, bankerId, banker,
                partnerId, partner);
        String firstOfA = reviewersOf.get(a).stream().sorted().findFirst().orElseThrow();
        String secondOfA = reviewersOf.get(a).stream().sorted().skip(1).findFirst().orElseThrow();
        assertEquals("403 urn:kyoso:problem:fund.conflict.declarationRequired",
                api.refusal(HttpRequest.GET("/api/fund/review/applications/" + a), tokens.get(firstOfA)));
        for (String reviewer : reviewersOf.get(a)) {
            api.post(tokens.get(reviewer), "/api/fund/review/applications/" + a + "/conflicts",
                    Map.of("conflicted", false));
        }
        Map<String, Object> blind = api.get(tokens.get(firstOfA), "/api/fund/review/applications/" + a);
        assertNull(blind.get("organisationId"));
        assertNull(blind.get("organisationName"));
        assertEquals("見守りネットワーク事業", blind.get("title"));

        // Blind until submitted: the first reviewer sees only its own scores until the second submits.
        api.post(tokens.get(firstOfA), "/api/fund/review/applications/" + a + "/scores", scores(5, 4, 2));
        assertEquals(List.of("impact", "feasibility", "novelty"), list(list(api.get(tokens.get(firstOfA),
                "/api/fund/review/applications/" + a + "/scores"), "reviews").get(0), "scores").stream()
                .map(score -> score.get("criterionCode")).toList());
        Map<String, Object> early = api.get(tokens.get(firstOfA), "/api/fund/review/applications/" + a + "/scores");
        assertEquals(false, early.get("othersVisible"));
        assertEquals(1, ((List<?>) early.get("reviews")).size());
        assertEquals(0, ((List<?>) api.get(tokens.get(secondOfA), "/api/fund/review/applications/" + a + "/scores")
                .get("reviews")).size());
        assertEquals("400 urn:kyoso:problem:invalid-input", api.refusal(HttpRequest.POST(
                "/api/fund/review/applications/" + a + "/scores", scores(6, 4, 2)), tokens.get(secondOfA)));
        api.post(tokens.get(secondOfA), "/api/fund/review/applications/" + a + "/scores", scores(5, 5, 3));
        Map<String, Object> late = api.get(tokens.get(firstOfA), "/api/fund/review/applications/" + a + "/scores");
        assertEquals(true, late.get("othersVisible"));
        assertEquals(2, ((List<?>) late.get("reviews")).size());
        assertEquals("409 urn:kyoso:problem:fund.review.alreadySubmitted", api.refusal(HttpRequest.POST(
                "/api/fund/review/applications/" + a + "/scores", scores(1, 1, 1)), tokens.get(firstOfA)));

        // b and c get lower scores, so the ranking is a, then b / c.
        reviewAll(b, reviewersOf.get(b), tokens, 3);
        reviewAll(c, reviewersOf.get(c), tokens, 2);

        Map<String, Object> pack = api.get(secretariat, "/api/fund/calls/" + callId + "/decision-pack");
        List<Map<String, Object>> ranking = list(pack, "ranking");
        assertEquals(List.of(a, b, c), ranking.stream().map(r -> r.get("applicationId")).toList());
        // (3×5 + 2×4)/5 = 4.60 and (3×5 + 2×5)/5 = 5.00: mean 4.80; the third criterion is not in the total.
        assertEquals(480, number(ranking.get(0), "meanScoreHundredths"));
        assertEquals(40, number(ranking.get(0), "spreadHundredths"));
        assertEquals(true, ranking.get(2).get("investorApplicant"));
        assertTrue(list(pack, "conflicts").stream().anyMatch(line -> bankerId.equals(line.get("reviewerId"))
                && Boolean.TRUE.equals(line.get("automatic"))));
        assertTrue(api.items(secretariat, "/api/fund/calls/" + callId + "/conflicts?size=100").stream()
                .anyMatch(line -> partnerId.equals(line.get("reviewerId")) && b.equals(line.get("applicationId"))));

        // Decisions: within the request, in rank order unless a reason is written, within the call's budget.
        HttpClientResponseException above = api.refused(HttpRequest.POST("/api/fund/applications/" + a + "/award",
                Map.of("awardedYen", 1_600_001)), secretariat);
        assertTrue(FundHttp.body(above).contains("awardedYen"), FundHttp.body(above));
        HttpClientResponseException outOfOrder = api.refused(HttpRequest.POST("/api/fund/applications/" + c + "/award",
                Map.of("awardedYen", 1_000_000)), secretariat);
        assertTrue(FundHttp.body(outOfOrder).contains("outOfRankReason"), FundHttp.body(outOfOrder));
        assertEquals("AWARDED", api.post(secretariat, "/api/fund/applications/" + a + "/award",
                Map.of("awardedYen", 1_500_000)).get("status"));
        api.post(secretariat, "/api/fund/applications/" + b + "/reject", Map.of("text", "事業計画の実現性について説明が不足しています。"));
        HttpClientResponseException beyondCall = api.refused(HttpRequest.POST("/api/fund/applications/" + c + "/award",
                Map.of("awardedYen", 1_000_001, "outOfRankReason", "地域金融の知見を評価")), secretariat);
        assertTrue(FundHttp.body(beyondCall).contains("1,000,000"), FundHttp.body(beyondCall));
        // amountYen is the award's deprecated name, still accepted this release.
        api.post(secretariat, "/api/fund/applications/" + c + "/award",
                Map.of("amountYen", 1_000_000, "outOfRankReason", "地域金融の知見を評価"));
        assertEquals("DECIDED", api.get(secretariat, "/api/fund/calls/" + callId).get("status"));

        // The applicant sees its decision, never reviewers or scores.
        String rejectedView = api.getRaw(api.member(beta), "/api/fund/applications/" + b);
        assertTrue(rejectedView.contains("REJECTED") && rejectedView.contains("実現性"), rejectedView);
        assertFalse(rejectedView.contains("reviewer") || rejectedView.contains("Score"), rejectedView);

        // Payments in tranches, never beyond the award.
        api.post(secretariat, "/api/fund/applications/" + a + "/payments", Map.of("amountYen", 700_000));
        HttpClientResponseException overpaid = api.refused(HttpRequest.POST("/api/fund/applications/" + a + "/payments",
                Map.of("amountYen", 800_001)), secretariat);
        assertEquals(HttpStatus.BAD_REQUEST, overpaid.getStatus());
        api.post(secretariat, "/api/fund/applications/" + a + "/payments", Map.of("amountYen", 800_000));
        assertEquals(2, api.items(api.member(alpha), "/api/fund/applications/" + a + "/payments").size());
        balance = api.get(secretariat, "/api/fund/balance");
        assertEquals(11_000_000 - 2_500_000, number(balance, "availableYen"));
        assertEquals(1_500_000, number(balance, "paidYen"));
        assertEquals(1_000_000, number(balance, "awardedUnpaidYen"));

        // Final report and evaluation with the same criteria.
        assertEquals("409 urn:kyoso:problem:fund.evaluation.noReport", api.refusal(HttpRequest.POST(
                "/api/fund/review/applications/" + a + "/evaluations", scores(4, 4, 4)), tokens.get(firstOfA)));
        api.post(api.member(alpha), "/api/fund/applications/" + a + "/report", Map.of("text", "見守り対象 120 世帯に拡大しました。"));
        // …/evaluation is the deprecated path of …/evaluations, still accepted this release.
        Map<String, Object> evaluation = api.post(tokens.get(firstOfA), "/api/fund/review/applications/" + a
                + "/evaluation", scores(4, 4, 4));
        assertEquals(400, number(evaluation, "weightedScoreHundredths"));

        Map<String, Object> statement = api.get(secretariat, "/api/fund/statements");
        assertEquals(6_000_000, number(statement, "cityReceivedYen"));
        assertEquals(5_000_000, number(statement, "privateReceivedYen"));

        assertEventsOf(a, List.of("jp.kyoso.fund.application.submitted.v1", "jp.kyoso.fund.application.screened.v1",
                "jp.kyoso.fund.conflict.declared.v1", "jp.kyoso.fund.conflict.declared.v1",
                "jp.kyoso.fund.review.submitted.v1", "jp.kyoso.fund.review.submitted.v1",
                "jp.kyoso.fund.application.awarded.v1", "jp.kyoso.fund.grant.disbursed.v1",
                "jp.kyoso.fund.grant.disbursed.v1", "jp.kyoso.fund.project.evaluated.v1"));

        // The real kpi service, fed only through Kafka, counts this call's applications, awards and payments.
        int year = FiscalYear.current(Clock.systemUTC()).year();
        Set<String> paymentsOfA = new HashSet<>();
        api.items(api.member(alpha), "/api/fund/applications/" + a + "/payments")
                .forEach(payment -> paymentsOfA.add((String) payment.get("id")));
        assertEquals(2, paymentsOfA.size());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertEquals(Set.of(a, b, c, withdrawn), kpiAggregates("FUND_APPLICATIONS", year, Set.of(a, b, c, withdrawn)));
            assertEquals(Set.of(a, c), kpiAggregates("FUND_AWARDS", year, Set.of(a, b, c)));
            assertEquals(paymentsOfA, kpiAggregates("FUND_PAID", year, paymentsOfA));
        });
    }

    @AfterAll
    void stopKpi() {
        if (kpi != null) {
            kpi.close();
        }
    }

    /** Of {@code ours}, the aggregates the kpi service has facts of for the metric in the year. */
    private Set<String> kpiAggregates(String metric, int year, Set<String> ours) {
        Set<String> found = new HashSet<>();
        kpiFacts(metric, year).forEach(fact -> {
            if (ours.contains((String) fact.get("aggregateId"))) {
                found.add((String) fact.get("aggregateId"));
            }
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> kpiFacts(String metric, int year) {
        try (HttpClient http = HttpClient.create(kpi.base().toURL())) {
            Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/partnership/facts?metric="
                    + metric + "&fiscalYear=" + year + "&size=100"), Map.class);
            return (List<Map<String, Object>>) page.get("items");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badApplicationsAreRefusedFieldByFieldAndChangeNothing() {
        String secretariat = api.secretariat();
        String callId = (String) api.post(secretariat, "/api/fund/calls", callRequest(5_000_000)).get("id");
        api.post(secretariat, "/api/fund/calls/" + callId + "/open", null);
        long before = applicationRows.count();

        Map<String, Object> bad = new HashMap<>(application(callId, 1_700_000));
        bad.put("sdgTargets", List.of("3.8", "18.2"));
        bad.put("totalCostYen", 2_500_000);
        HttpClientResponseException refused = api.refused(HttpRequest.POST("/api/fund/applications", bad)
                .header("Accept-Language", "en"), api.member(alpha));
        String body = FundHttp.body(refused);
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(body.contains("\"sdgTargets\"") && body.contains("18.2"), body);
        assertTrue(body.contains("\"totalCostYen\"") && body.contains("2,400,000"), body);
        assertTrue(body.contains("\"requestedYen\"") && body.contains("2/3"), body);

        Map<String, Object> blank = new HashMap<>(application(callId, 1_000_000));
        blank.put("title", " ");
        blank.put("budget", List.of());
        String japanese = FundHttp.body(api.refused(HttpRequest.POST("/api/fund/applications", blank),
                api.member(alpha)));
        assertTrue(japanese.contains("\"title\"") && japanese.contains("budget") && japanese.contains("必須"), japanese);
        assertEquals(before, applicationRows.count());

        // A draft is edited field by field too: a bad edit changes nothing, a good one replaces the budget.
        String member = api.member(alpha);
        String draft = (String) api.post(member, "/api/fund/applications", application(callId, 1_000_000)).get("id");
        Map<String, Object> edit = new HashMap<>(application(callId, 1_000_000));
        edit.put("totalCostYen", 3_000_000);
        assertTrue(FundHttp.body(api.refused(HttpRequest.PUT("/api/fund/applications/" + draft, edit), member))
                .contains("\"totalCostYen\""));
        assertEquals(2_400_000, number(api.get(member, "/api/fund/applications/" + draft), "totalCostYen"));
        edit.put("budget", List.of(Map.of("item", "人件費", "amountYen", 2_000_000),
                Map.of("item", "会場費", "amountYen", 1_000_000)));
        edit.put("title", "見守りネットワーク事業（拡大版）");
        Map<String, Object> edited = api.put(member, "/api/fund/applications/" + draft, edit);
        assertEquals("見守りネットワーク事業（拡大版）", edited.get("title"));
        assertEquals(List.of("人件費", "会場費"), list(edited, "budget").stream().map(line -> line.get("item")).toList());
        assertTrue(api.refusal(HttpRequest.PUT("/api/fund/applications/" + draft, edit), api.member(beta))
                .startsWith("404"));

        HttpClientResponseException badCall = api.refused(HttpRequest.POST("/api/fund/calls", Map.of("title", "公募",
                "purpose", "目的", "budgetYen", 1_000_000, "maxGrantYen", 2_000_000, "subsidyNumerator", 2,
                "subsidyDenominator", 3, "opensAt", "2030-05-01T00:00:00Z", "closesAt", "2030-04-01T00:00:00Z",
                "criteria", List.of(Map.of("code", "impact", "name", "効果", "weight", 3, "inTotal", false)))),
                secretariat);
        String callErrors = FundHttp.body(badCall);
        assertTrue(callErrors.contains("\"closesAt\"") && callErrors.contains("\"maxGrantYen\"")
                && callErrors.contains("\"criteria\""), callErrors);
    }

    @Test
    void anIneligibleApplicantIsToldWhyInItsLanguageAndCallsAreFoundByJapaneseTitle() {
        String secretariat = api.secretariat();
        Map<String, Object> strict = new HashMap<>(callRequest(3_000_000));
        strict.put("title", "子ども食堂・居場所づくり支援 公募");
        strict.put("allowedOrganisationTypes", List.of("NPO"));
        strict.put("requireActiveDeclaration", true);
        String callId = (String) api.post(secretariat, "/api/fund/calls", strict).get("id");
        api.post(secretariat, "/api/fund/calls/" + callId + "/open", null);

        String member = api.member(alpha);
        String id = (String) api.post(member, "/api/fund/applications", application(callId, 1_000_000)).get("id");
        Map<String, Object> screened = api.post(member, "/api/fund/applications/" + id + "/submit", null);
        assertEquals("INELIGIBLE", screened.get("status"));
        assertEquals(List.of("fund.eligibility.organisationType", "fund.eligibility.declaration"),
                screened.get("eligibilityReasons"));
        assertTrue(screened.get("eligibilityReasonTexts").toString().contains("団体種別"), screened.toString());
        Map<String, Object> english = client.toBlocking().retrieve(HttpRequest.GET("/api/fund/applications/" + id)
                .bearerAuth(member).header("Accept-Language", "en"), Map.class);
        assertTrue(english.get("eligibilityReasonTexts").toString().contains("SDGs declaration"), english.toString());

        List<Map<String, Object>> found = api.items(member, "/api/fund/calls?q=" + java.net.URLEncoder.encode("居場所",
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(callId), found.stream().map(call -> call.get("id")).toList());
        assertEquals(0, api.items(member, "/api/fund/calls?q=" + java.net.URLEncoder.encode("100%",
                java.nio.charset.StandardCharsets.UTF_8)).size());
    }

    private String submitted(UUID organisation, String callId, long requested) {
        String token = api.member(organisation);
        String id = (String) api.post(token, "/api/fund/applications", application(callId, requested)).get("id");
        Map<String, Object> submitted = api.post(token, "/api/fund/applications/" + id + "/submit", null);
        assertEquals("ELIGIBLE", submitted.get("status"));
        return id;
    }

    private void reviewAll(String application, Set<String> reviewers, Map<String, String> tokens, int score) {
        for (String reviewer : reviewers) {
            api.post(tokens.get(reviewer), "/api/fund/review/applications/" + application + "/conflicts",
                    Map.of("conflicted", false));
            api.post(tokens.get(reviewer), "/api/fund/review/applications/" + application + "/scores",
                    scores(score, score, score));
        }
    }

    private void assertEventsOf(String applicationId, List<String> expected) {
        EventSchemas schemas = new EventSchemas();
        List<ConsumerRecord<byte[], byte[]>> events = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaRecords.withSubject(TestInfrastructure.get().kafkaBootstrapServers(),
                        Topics.FUND_APPLICATION, applicationId), found -> found.size() >= expected.size());
        assertEquals(expected, events.stream().map(r -> KafkaRecords.header(r, CloudEventHeaders.TYPE)).toList());
        for (ConsumerRecord<byte[], byte[]> event : events) {
            assertEquals(List.of(), schemas.validate(KafkaRecords.header(event, CloudEventHeaders.TYPE), event.value()));
        }
    }
}
