package jp.kyoso.fund.resolution;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.fund.ResolutionRecorded;
import jp.kyoso.fund.shared.FundRequests;
import jp.kyoso.fund.organisation.OrganisationReplicaRepository;
import jp.kyoso.fund.shared.FundHttp;
import jp.kyoso.fund.shared.PlatformEvents;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An investor's own statement (its pledges and receipts and the fund's totals, never another contributor) and the
 * executive committee's resolutions on a call (recorded by the secretariat, public with the call, published with the
 * applicants before the committee), over HTTP on real PostgreSQL and Kafka.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestorStatementAndResolutionsIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationReplicaRepository organisations;

    @Inject
    TransactionOperations<Connection> transactions;

    private FundHttp api;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("fund_statement_resolution_it");
    }

    @BeforeAll
    void client() {
        api = new FundHttp(client, jwt);
    }

    @Test
    void anInvestorReadsItsOwnStatementAndNothingOfOtherContributors() {
        String secretariat = api.secretariat();
        UUID bank = UUID.randomUUID();
        UUID otherInvestor = UUID.randomUUID();
        Map<String, Object> pledge = api.post(secretariat, "/api/fund/contributions", Map.of("contributorKind",
                "INVESTOR", "contributorOrganisationId", bank.toString(), "contributorName", "目黒川信用金庫",
                "pledgedYen", 3_000_000));
        api.post(secretariat, "/api/fund/contributions/" + pledge.get("id") + "/receipts", Map.of("amountYen", 1_000_000));
        api.post(secretariat, "/api/fund/contributions", Map.of("contributorKind", "INVESTOR",
                "contributorOrganisationId", otherInvestor.toString(), "contributorName", "大井町ホールディングス",
                "pledgedYen", 7_000_000));
        Map<String, Object> city = api.post(secretariat, "/api/fund/contributions", Map.of("contributorKind", "CITY",
                "contributorName", "品川区", "pledgedYen", 10_000_000));
        api.post(secretariat, "/api/fund/contributions/" + city.get("id") + "/receipts", Map.of("amountYen", 4_000_000));

        Map<String, Object> statement = api.get(api.member(bank), "/api/fund/statements/mine");

        assertEquals(FiscalYear.current(java.time.Clock.systemUTC()).year(), number(statement, "fiscalYear"));
        assertEquals("目黒川信用金庫", statement.get("contributorName"));
        assertEquals(3_000_000, number(statement, "pledgedInYearYen"));
        assertEquals(1_000_000, number(statement, "receivedInYearYen"));
        assertEquals(2_000_000, number(statement, "outstandingYen"));
        assertEquals(1, ((List<?>) statement.get("pledges")).size());
        assertEquals(5_000_000, number(statement, "fundReceivedInYearYen"));
        String raw = api.getRaw(api.member(bank), "/api/fund/statements/mine");
        assertFalse(raw.contains("大井町ホールディングス") || raw.contains(otherInvestor.toString()), raw);

        assertEquals("403 urn:kyoso:problem:fund.statement.notInvestor", api.refusal(
                HttpRequest.GET("/api/fund/statements/mine"), api.member(UUID.randomUUID())));
        assertTrue(api.refusal(HttpRequest.GET("/api/fund/statements/mine"), secretariat).startsWith("403"));
        assertTrue(api.refusal(HttpRequest.GET("/api/fund/statements/mine"), null).startsWith("401"));
        assertEquals("400 urn:kyoso:problem:invalid-input", api.refusal(
                HttpRequest.GET("/api/fund/statements/mine?fiscalYear=1999"), api.member(bank)));
    }

    @Test
    void theSecretariatRecordsTheCommitteesResolutionAndTheCallShowsItOnceOpened() {
        String secretariat = api.secretariat();
        String callId = (String) api.post(secretariat, "/api/fund/calls", FundRequests.callRequest(2_000_000))
                .get("id");
        String path = "/api/fund/calls/" + callId + "/resolutions";
        LocalDate today = LocalDate.now(FiscalYear.TOKYO);
        Map<String, Object> body = Map.of("meetingOn", today.minusDays(3).toString(),
                "membersPresent", List.of("品川 一郎（委員長）", "大崎 花子", "五反田 次郎"),
                "result", "本公募の募集要項を原案どおり承認する。");

        Map<String, Object> recorded = api.post(secretariat, path, body);
        assertEquals(List.of("品川 一郎（委員長）", "大崎 花子", "五反田 次郎"), recorded.get("membersPresent"));

        // Wrong input changes nothing: no members, a meeting in the future, a blank result.
        String invalid = api.refusal(HttpRequest.POST(path, Map.of("meetingOn", today.plusDays(1).toString(),
                "membersPresent", List.of(), "result", " ")), secretariat);
        assertEquals("400 urn:kyoso:problem:invalid-input", invalid);
        assertEquals("400 urn:kyoso:problem:invalid-input", api.refusal(HttpRequest.POST(path, Map.of(
                "meetingOn", today.plusDays(1).toString(), "membersPresent", List.of("品川 一郎"), "result", "可決")),
                secretariat));
        assertTrue(api.refusal(HttpRequest.POST(path, body), api.member(UUID.randomUUID())).startsWith("403"));
        assertTrue(api.refusal(HttpRequest.POST("/api/fund/calls/" + UUID.randomUUID() + "/resolutions", body),
                secretariat).startsWith("404"));

        // A draft's resolutions are the secretariat's; once the call is open, anyone reads them.
        assertTrue(api.refusal(HttpRequest.GET(path), null).startsWith("404"));
        assertEquals(1, resolutions(secretariat, path).size());
        api.post(secretariat, "/api/fund/calls/" + callId + "/open", null);
        List<Map<String, Object>> shown = resolutions(null, path);
        assertEquals(1, shown.size());
        assertEquals("本公募の募集要項を原案どおり承認する。", shown.get(0).get("result"));
        assertEquals(today.minusDays(3).toString(), shown.get(0).get("meetingOn"));
    }

    @Test
    void aResolutionIsPublishedOnceWithTheApplicantsBeforeTheCommittee() {
        String secretariat = api.secretariat();
        UUID eligible = PlatformEvents.approvedOrganisation("しながわ見守りテック株式会社", OrganisationType.COMPANY);
        UUID withdrawing = PlatformEvents.approvedOrganisation("NPO法人しながわ子ども食堂", OrganisationType.NPO);
        UUID drafting = PlatformEvents.approvedOrganisation("品川工科大学", OrganisationType.UNIVERSITY);
        await().atMost(Duration.ofSeconds(30)).until(() -> organisations.existsById(eligible)
                && organisations.existsById(withdrawing) && organisations.existsById(drafting));
        String callId = (String) api.post(secretariat, "/api/fund/calls", FundRequests.callRequest(2_000_000))
                .get("id");
        api.post(secretariat, "/api/fund/calls/" + callId + "/open", null);
        submit(eligible, callId);
        submit(eligible, callId);
        String withdrawn = submit(withdrawing, callId);
        api.post(api.member(withdrawing), "/api/fund/applications/" + withdrawn + "/withdraw", null);
        api.post(api.member(drafting), "/api/fund/applications", FundRequests.application(callId, 1_000_000));
        String path = "/api/fund/calls/" + callId + "/resolutions";
        LocalDate meeting = LocalDate.now(FiscalYear.TOKYO).minusDays(1);
        // A refused resolution publishes nothing.
        api.refusal(HttpRequest.POST(path, Map.of("meetingOn", meeting.plusDays(2).toString(),
                "membersPresent", List.of("品川 一郎"), "result", "可決")), secretariat);

        // meetingDate is the deprecated name of meetingOn, still accepted this release.
        Map<String, Object> recorded = api.post(secretariat, path, Map.of("meetingDate", meeting.toString(),
                "membersPresent", List.of(" 品川 一郎（委員長） ", "大崎 花子"),
                "result", "申請2件を審査の対象とし、書類審査に進める。"));

        String type = "jp.kyoso.fund.resolution.recorded.v1";
        List<ConsumerRecord<byte[], byte[]>> published = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaRecords.withSubject(TestInfrastructure.get().kafkaBootstrapServers(), Topics.FUND_CALL,
                        callId).stream().filter(r -> type.equals(KafkaRecords.header(r, CloudEventHeaders.TYPE)))
                        .toList(), found -> !found.isEmpty());
        assertEquals(1, published.size());
        assertEquals(callId, new String(published.get(0).key(), StandardCharsets.UTF_8));
        assertEquals(List.of(), new EventSchemas().validate(type, published.get(0).value()));
        ResolutionRecorded event = (ResolutionRecorded) new EventCodec(ObjectMapper.getDefault())
                .decode(type, published.get(0).value());
        assertEquals(new ResolutionRecorded((String) recorded.get("id"), callId, "2025年度 ウェルビーイング・SDGs推進事業",
                meeting, List.of("品川 一郎（委員長）", "大崎 花子"), "申請2件を審査の対象とし、書類審査に進める。",
                List.of(eligible.toString()), event.recordedAt(), "secretariat"), event);
        assertEquals(1, outboxRows(type, callId), "one outbox row for the one resolution recorded");
    }

    private String submit(UUID organisation, String callId) {
        String token = api.member(organisation);
        String id = (String) api.post(token, "/api/fund/applications", FundRequests.application(callId, 1_000_000))
                .get("id");
        api.post(token, "/api/fund/applications/" + id + "/submit", null);
        return id;
    }

    private long outboxRows(String type, String key) {
        return transactions.executeRead(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement(
                    "select count(*) from outbox_event where event_type = ? and event_key = ?")) {
                query.setString(1, type);
                query.setString(2, key);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> resolutions(String token, String path) {
        HttpRequest<?> request = token == null ? HttpRequest.GET(path) : HttpRequest.GET(path).bearerAuth(token);
        return (List<Map<String, Object>>) (List<?>) client.toBlocking().retrieve(request, Argument.listOf(Map.class));
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}
