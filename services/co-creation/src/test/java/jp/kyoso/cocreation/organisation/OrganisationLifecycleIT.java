package jp.kyoso.cocreation.organisation;

import static jp.kyoso.cocreation.support.Http.body;
import static jp.kyoso.cocreation.support.Http.count;
import static jp.kyoso.cocreation.support.Http.events;
import static jp.kyoso.cocreation.support.Http.map;
import static jp.kyoso.cocreation.support.Http.refused;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.support.CorporateNumbers;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.Topics;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Suspension, withdrawal and bulk approval from a CSV, over HTTP on real PostgreSQL and Kafka. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationLifecycleIT implements TestPropertyProvider {

    private static final String BASE = "/api/cocreation/organisations";
    private static final MediaType CSV = MediaType.of("text/csv");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("cocreation_lifecycle_it");
    }

    @Test
    void theSecretariatSuspendsAMemberWithAReasonAndThenTheSecretariatWithdrawsIt() {
        String id = approvedOrganisation("大井町ロボティクス株式会社", CorporateNumbers.random());

        HttpClientResponseException noReason = refused(http, HttpRequest.POST(BASE + "/" + id + "/suspend",
                Map.of("reason", " ")).bearerAuth(TestTokens.secretariat(jwt)));
        assertEquals(HttpStatus.BAD_REQUEST, noReason.getStatus());
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(BASE + "/" + id + "/suspend",
                Map.of("reason", "会費未納")).bearerAuth(TestTokens.member(jwt, UUID.fromString(id)))).getStatus());

        Map<?, ?> suspended = http.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + id + "/suspend",
                Map.of("reason", "会費の未納が続いているため")).bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertEquals("SUSPENDED", suspended.get("status"));
        assertEquals("会費の未納が続いているため", suspended.get("statusReason"));
        // The organisation's own people read why; others do not see it at all.
        Map<?, ?> seenByItsMember = http.toBlocking().retrieve(HttpRequest.GET(BASE + "/" + id)
                .bearerAuth(TestTokens.member(jwt, UUID.fromString(id))), Map.class);
        assertEquals("会費の未納が続いているため", seenByItsMember.get("statusReason"));
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.GET(BASE + "/" + id)
                .bearerAuth(TestTokens.member(jwt, UUID.randomUUID()))).getStatus());
        HttpClientResponseException twice = refused(http, HttpRequest.POST(BASE + "/" + id + "/suspend",
                Map.of("reason", "再度")).bearerAuth(TestTokens.secretariat(jwt)));
        assertEquals(HttpStatus.CONFLICT, twice.getStatus());
        assertTrue(body(twice).contains("SUSPENDED"), body(twice));

        // A member of another organisation, or one without admin rights, cannot withdraw it.
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(BASE + "/" + id + "/withdraw", Map.of())
                .bearerAuth(TestTokens.member(jwt, UUID.randomUUID()))).getStatus());
        Map<?, ?> withdrawn = http.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + id + "/withdraw",
                Map.of("reason", "書面で退会の申し出")).bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertEquals("WITHDRAWN", withdrawn.get("status"));

        EventSchemas schemas = new EventSchemas();
        for (String type : List.of("jp.kyoso.cocreation.organisation.suspended.v1",
                "jp.kyoso.cocreation.organisation.withdrawn.v1")) {
            ConsumerRecord<byte[], byte[]> event = await().atMost(Duration.ofSeconds(30))
                    .until(() -> events(Topics.COCREATION_ORGANISATION, id, type), found -> found.size() == 1).get(0);
            assertEquals(List.of(), schemas.validate(type, event.value()));
        }
        String suspension = new String(events(Topics.COCREATION_ORGANISATION, id,
                "jp.kyoso.cocreation.organisation.suspended.v1").get(0).value(), StandardCharsets.UTF_8);
        assertTrue(suspension.contains("会費の未納が続いているため"), suspension);
    }

    @Test
    void aSuspensionIsLiftedOnceAndTheOrganisationActsAgain() {
        String id = approvedOrganisation("西品川グリーン株式会社", CorporateNumbers.random());
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.POST(BASE + "/" + id + "/reinstate", "")
                .bearerAuth(TestTokens.secretariat(jwt))).getStatus());
        http.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + id + "/suspend", Map.of("reason", "確認中"))
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);

        Map<?, ?> reinstated = http.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + id + "/reinstate", "")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);

        assertEquals("APPROVED", reinstated.get("status"));
        var seed = http.toBlocking().exchange(HttpRequest.POST("/api/cocreation/seeds", Map.of("title", "再開後のシーズ",
                "description", "活動を再開しました。", "sdgTargets", List.of("12.5")))
                .bearerAuth(TestTokens.member(jwt, UUID.fromString(id))), Map.class);
        assertEquals(HttpStatus.CREATED, seed.getStatus());
        await().atMost(Duration.ofSeconds(30)).until(() -> events(Topics.COCREATION_ORGANISATION, id,
                "jp.kyoso.cocreation.organisation.reinstated.v1"), found -> found.size() == 1);
    }

    @Test
    void aWithdrawnOrganisationFreesItsCorporateNumberForANewApplication() {
        String number = CorporateNumbers.random();
        String id = approvedOrganisation("旗の台フーズ株式会社", number);
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.POST(BASE, Map.of("name", "旗の台フーズ株式会社",
                "organisationType", "SME", "corporateNumber", number))).getStatus());

        http.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + id + "/withdraw", Map.of())
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);

        Map<?, ?> again = http.toBlocking().retrieve(HttpRequest.POST(BASE, Map.of("name", "旗の台フーズ株式会社",
                "organisationType", "SME", "corporateNumber", number)), Map.class);
        assertEquals("PENDING", again.get("status"));
    }

    @Test
    void aCleanCsvAdmitsNewMembersApprovesPendingOnesAndLeavesMembersAlone() {
        String pendingNumber = CorporateNumbers.random();
        String pendingId = (String) http.toBlocking().retrieve(HttpRequest.POST(BASE, Map.of(
                "name", "中延エナジー株式会社", "organisationType", "COMPANY", "corporateNumber", pendingNumber)),
                Map.class).get("id");
        String memberNumber = CorporateNumbers.random();
        String memberId = approvedOrganisation("荏原町ファクトリー株式会社", memberNumber);
        String newNumber = CorporateNumbers.random();
        String csv = "\uFEFF団体名,種別,法人番号,連絡先\r\n"
                + "\"西大井ラボ株式会社\",企業," + newNumber + ",西井 花子 <hanako@nishioi-lab.example.jp>\r\n"
                + "中延エナジー株式会社,COMPANY," + pendingNumber + ",\r\n"
                + "荏原町ファクトリー株式会社,企業," + memberNumber + ",\r\n"
                + "NPO法人 立会川クリーンアップ,NPO・地域団体,,info@tachiaigawa.example.jp\r\n";

        Map<?, ?> result = http.toBlocking().retrieve(HttpRequest.POST(BASE + "/bulk-approvals",
                csv.getBytes(StandardCharsets.UTF_8)).contentType(CSV).bearerAuth(TestTokens.secretariat(jwt)), Map.class);

        assertEquals(2, result.get("created"));
        assertEquals(1, result.get("approved"));
        assertEquals(1, result.get("alreadyMember"));
        List<?> rows = (List<?>) result.get("rows");
        assertEquals(List.of(2, 3, 4, 5), rows.stream().map(r -> map(r).get("row")).toList());
        assertEquals(List.of("CREATED", "APPROVED", "ALREADY_MEMBER", "CREATED"),
                rows.stream().map(r -> map(r).get("outcome")).toList());
        assertEquals(pendingId, map(rows.get(1)).get("organisationId"));
        assertEquals(memberId, map(rows.get(2)).get("organisationId"));

        String createdId = (String) map(rows.get(0)).get("organisationId");
        Map<?, ?> created = http.toBlocking().retrieve(HttpRequest.GET(BASE + "/" + createdId)
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertEquals("APPROVED", created.get("status"));
        assertEquals("西井 花子", created.get("contactName"));
        assertEquals("hanako@nishioi-lab.example.jp", created.get("contactEmail"));
        await().atMost(Duration.ofSeconds(30)).until(() -> events(Topics.COCREATION_ORGANISATION, createdId,
                "jp.kyoso.cocreation.organisation.approved.v1"), found -> found.size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> events(Topics.COCREATION_ORGANISATION, pendingId,
                "jp.kyoso.cocreation.organisation.approved.v1"), found -> found.size() == 1);
    }

    @Test
    void thePreviewShowsWhatTheImportWouldDoStoresNothingAndAReRunImportsNothingTwice() {
        String number = CorporateNumbers.random();
        String csv = "団体名,種別,法人番号,連絡先\n"
                + "旗の台デザイン株式会社,企業," + number + ",旗野 一郎 <ichiro@hatanodai.example.jp>\n"
                + "大崎ウェルネス協会,NPO,,\n";
        long organisationsBefore = count(transactions, "organisation");
        long outboxBefore = count(transactions, "outbox_event");

        Map<?, ?> preview = http.toBlocking().retrieve(HttpRequest.POST(BASE + "/bulk-approvals/preview",
                csv.getBytes(StandardCharsets.UTF_8)).contentType(CSV).header("Accept-Language", "en")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);

        assertEquals(true, preview.get("preview"));
        assertEquals(2, preview.get("created"));
        Map<?, ?> first = map(((List<?>) preview.get("rows")).get(0));
        assertEquals(number, first.get("corporateNumber"));
        assertEquals("Company", first.get("organisationTypeLabel"));
        assertEquals("ichiro@hatanodai.example.jp", first.get("contactEmail"));
        assertEquals(null, first.get("organisationId"));
        assertEquals(organisationsBefore, count(transactions, "organisation"));
        assertEquals(outboxBefore, count(transactions, "outbox_event"));

        Map<?, ?> imported = http.toBlocking().retrieve(HttpRequest.POST(BASE + "/bulk-approvals",
                csv.getBytes(StandardCharsets.UTF_8)).contentType(CSV).bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertEquals(2, imported.get("created"));
        long organisationsAfter = count(transactions, "organisation");
        assertEquals(organisationsBefore + 2, organisationsAfter);

        Map<?, ?> again = http.toBlocking().retrieve(HttpRequest.POST(BASE + "/bulk-approvals",
                csv.getBytes(StandardCharsets.UTF_8)).contentType(CSV).bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertEquals(0, again.get("created"));
        assertEquals(2, again.get("alreadyMember"));
        assertEquals(organisationsAfter, count(transactions, "organisation"));

        HttpClientResponseException badPreview = refused(http, HttpRequest.POST(BASE + "/bulk-approvals/preview",
                "名前だけ株式会社,謎の種別,,\n\"閉じない引用符,企業,,\n".getBytes(StandardCharsets.UTF_8)).contentType(CSV)
                .bearerAuth(TestTokens.secretariat(jwt)));
        assertEquals(HttpStatus.BAD_REQUEST, badPreview.getStatus());
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(BASE + "/bulk-approvals/preview",
                csv.getBytes(StandardCharsets.UTF_8)).contentType(CSV)
                .bearerAuth(TestTokens.member(jwt, UUID.randomUUID()))).getStatus());
    }

    @Test
    void oneBadRowRefusesTheWholeListRowByRowAndNothingIsApplied() {
        long organisationsBefore = count(transactions, "organisation");
        long outboxBefore = count(transactions, "outbox_event");
        String csv = "団体名,種別,法人番号,連絡先\n"
                + "戸越公園テック株式会社,企業," + CorporateNumbers.random() + ",\n"
                + "下神明ソフト株式会社,謎の種別,,\n"
                + "鮫洲マリン株式会社,COMPANY,8000012050002,\n";

        HttpClientResponseException refusedList = refused(http, HttpRequest.POST(BASE + "/bulk-approvals",
                csv.getBytes(StandardCharsets.UTF_8)).contentType(CSV).header("Accept-Language", "en")
                .bearerAuth(TestTokens.secretariat(jwt)));

        assertEquals(HttpStatus.BAD_REQUEST, refusedList.getStatus());
        String problem = body(refusedList);
        assertTrue(problem.contains("rows[3].organisationType") && problem.contains("Row 3"), problem);
        assertTrue(problem.contains("rows[4].corporateNumber"), problem);
        assertTrue(!problem.contains("rows[2]"), problem);
        assertEquals(organisationsBefore, count(transactions, "organisation"));
        assertEquals(outboxBefore, count(transactions, "outbox_event"));

        HttpClientResponseException shiftJis = refused(http, HttpRequest.POST(BASE + "/bulk-approvals",
                ("品川株式会社,企業,,\n").getBytes(Charset.forName("Shift_JIS"))).contentType(CSV)
                .bearerAuth(TestTokens.secretariat(jwt)));
        assertEquals(HttpStatus.BAD_REQUEST, shiftJis.getStatus());
        assertTrue(body(shiftJis).contains("UTF-8"), body(shiftJis));
        assertEquals(organisationsBefore, count(transactions, "organisation"));

        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(BASE + "/bulk-approvals",
                csv.getBytes(StandardCharsets.UTF_8)).contentType(CSV)
                .bearerAuth(TestTokens.member(jwt, UUID.randomUUID()))).getStatus());
    }

    private String approvedOrganisation(String name, String corporateNumber) {
        String id = (String) http.toBlocking().retrieve(HttpRequest.POST(BASE, Map.of("name", name,
                "organisationType", "COMPANY", "corporateNumber", corporateNumber)), Map.class).get("id");
        http.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + id + "/approve", "")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        return id;
    }
}
