package jp.kyoso.fund.review;

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
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.portal.AccountCreated;
import jp.kyoso.events.portal.AccountDeactivated;
import jp.kyoso.fund.shared.FundRequests;
import jp.kyoso.fund.committee.CommitteeRepository;
import jp.kyoso.fund.organisation.OrganisationReplicaRepository;
import jp.kyoso.fund.shared.FundHttp;
import jp.kyoso.fund.shared.PlatformEvents;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The secretariat's adjustments to review assignments: load cap, duplicates, recusal on a new affiliation. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewAssignmentIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationReplicaRepository organisations;

    @Inject
    CommitteeRepository committee;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("fund_review_assignment_it");
    }

    @Test
    void assignmentsRespectTheLoadCapAndANewAffiliationRecusesTheMember() {
        FundHttp api = new FundHttp(client, jwt);
        String secretariat = api.secretariat();
        ClosedCall closed = closedCallWithTwoApplications(api, "割当テスト株式会社", 1);
        String callId = closed.callId();
        String first = closed.first();
        String second = closed.second();

        String one = api.committee("assign-committee1", null);
        String two = api.committee("assign-committee2", null);
        api.items(one, "/api/fund/review/assignments");
        api.items(two, "/api/fund/review/assignments");
        String oneId = FundHttp.userIdOf("assign-committee1");
        String twoId = FundHttp.userIdOf("assign-committee2");

        api.post(secretariat, "/api/fund/applications/" + first + "/reviewers", Map.of("reviewerId", oneId));
        assertEquals("409 urn:kyoso:problem:fund.assignment.exists", api.refusal(HttpRequest.POST(
                "/api/fund/applications/" + first + "/reviewers", Map.of("reviewerId", oneId)), secretariat));
        assertEquals("409 urn:kyoso:problem:fund.assignment.loadCap", api.refusal(HttpRequest.POST(
                "/api/fund/applications/" + second + "/reviewers", Map.of("reviewerId", oneId)), secretariat));
        assertEquals("400 urn:kyoso:problem:invalid-input", api.refusal(HttpRequest.POST(
                "/api/fund/applications/" + second + "/reviewers", Map.of("reviewerId", "nobody")), secretariat));

        List<Map<String, Object>> automatic = api.postForList(secretariat, "/api/fund/calls/" + callId + "/assignments");
        assertEquals(List.of(Map.entry(second, twoId)), automatic.stream()
                .map(a -> Map.entry(a.get("applicationId"), a.get("reviewerId"))).toList());

        // Member one now declares a tie to the applicant: recused from its assignment at once, and on the register.
        api.post(one, "/api/fund/review/affiliations", Map.of("organisationId", closed.applicant().toString(),
                "note", "顧問"));
        assertTrue(api.items(secretariat, "/api/fund/calls/" + callId + "/assignments").stream()
                .noneMatch(a -> oneId.equals(a.get("reviewerId"))));
        assertTrue(api.items(secretariat, "/api/fund/calls/" + callId + "/conflicts").stream()
                .anyMatch(line -> oneId.equals(line.get("reviewerId")) && first.equals(line.get("applicationId"))
                        && Boolean.TRUE.equals(line.get("automatic"))));
        assertEquals("403 urn:kyoso:problem:fund.conflict.sameOrganisation",
                api.refusal(HttpRequest.GET("/api/fund/review/applications/" + first), one));
        assertTrue(api.items(secretariat, "/api/fund/committee").stream().anyMatch(m -> oneId.equals(m.get("reviewerId"))
                && ((List<?>) m.get("affiliations")).size() == 1));

        // A reviewer who has scored stays; one who has not can be removed.
        // …/conflict and a score's criterion are the deprecated names of …/conflicts and criterionCode, accepted
        // this release.
        api.post(two, "/api/fund/review/applications/" + second + "/conflict", Map.of("conflicted", false));
        api.post(two, "/api/fund/review/applications/" + second + "/scores", Map.of("confidence", 3, "scores",
                List.of(Map.of("criterion", "impact", "score", 4), Map.of("criterion", "feasibility", "score", 4),
                        Map.of("criterion", "novelty", "score", 4))));
        assertEquals("409 urn:kyoso:problem:fund.assignment.alreadyReviewed", api.refusal(
                HttpRequest.DELETE("/api/fund/applications/" + second + "/reviewers/" + twoId), secretariat));
    }

    @Test
    void aCommitteeAccountIsAssignableAsSoonAsThePortalAnnouncesItAndNoLongerOnceDeactivated() {
        FundHttp api = new FundHttp(client, jwt);
        String secretariat = api.secretariat();
        ClosedCall closed = closedCallWithTwoApplications(api, "委員割当テスト株式会社", 10);
        String callId = closed.callId();
        String first = closed.first();
        String second = closed.second();

        // The new member never called a fund endpoint: the portal's event alone puts them in the pool.
        String newcomer = UUID.randomUUID().toString();
        String username = "newcomer-" + newcomer.substring(0, 8);
        PlatformEvents.publish(new AccountCreated(newcomer, username, List.of("COMMITTEE"), null, true,
                "新任の実行委員", "admin", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> committee.findById(newcomer).isPresent());
        api.post(secretariat, "/api/fund/applications/" + first + "/reviewers", Map.of("reviewerId", newcomer));

        PlatformEvents.publish(new AccountDeactivated(newcomer, username, List.of("COMMITTEE"), null, false,
                "任期満了", "admin", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !committee.findById(newcomer).orElseThrow().active());
        assertEquals("400 urn:kyoso:problem:invalid-input", api.refusal(HttpRequest.POST(
                "/api/fund/applications/" + second + "/reviewers", Map.of("reviewerId", newcomer)), secretariat));
        List<Map<String, Object>> automatic = api.postForList(secretariat, "/api/fund/calls/" + callId + "/assignments");
        assertTrue(automatic.stream().noneMatch(a -> newcomer.equals(a.get("reviewerId"))), automatic.toString());
    }

    private record ClosedCall(UUID applicant, String callId, String first, String second) {
    }

    /** A closed call needing one reviewer per application, with two submitted applications of a new applicant. */
    private ClosedCall closedCallWithTwoApplications(FundHttp api, String applicantName, int reviewerLoadCap) {
        String secretariat = api.secretariat();
        UUID applicant = PlatformEvents.approvedOrganisation(applicantName, OrganisationType.COMPANY);
        await().atMost(Duration.ofSeconds(30)).until(() -> organisations.existsById(applicant));
        Map<String, Object> call = new HashMap<>(FundRequests.callRequest(5_000_000));
        call.put("minReviewers", 1);
        call.put("reviewerLoadCap", reviewerLoadCap);
        String callId = (String) api.post(secretariat, "/api/fund/calls", call).get("id");
        api.post(secretariat, "/api/fund/calls/" + callId + "/open", null);
        String member = api.member(applicant);
        String first = (String) api.post(member, "/api/fund/applications", FundRequests.application(callId, 1_000_000))
                .get("id");
        api.post(member, "/api/fund/applications/" + first + "/submit", null);
        String second = (String) api.post(member, "/api/fund/applications", FundRequests.application(callId, 900_000))
                .get("id");
        api.post(member, "/api/fund/applications/" + second + "/submit", null);
        api.post(secretariat, "/api/fund/calls/" + callId + "/close", null);
        return new ClosedCall(applicant, callId, first, second);
    }
}
