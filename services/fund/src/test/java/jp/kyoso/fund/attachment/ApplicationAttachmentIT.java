package jp.kyoso.fund.attachment;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.attachments.AttachmentRepository;
import jp.kyoso.attachments.AttachmentStore;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.fund.shared.FundRequests;
import jp.kyoso.fund.organisation.OrganisationReplicaRepository;
import jp.kyoso.fund.shared.FundHttp;
import jp.kyoso.fund.shared.PlatformEvents;
import jp.kyoso.testsupport.HostileUploads;
import jp.kyoso.testsupport.MultipartUpload;
import jp.kyoso.testsupport.SampleFiles;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Files on fund applications on real PostgreSQL and the local object store: the applicant attaches while drafting,
 * another organisation gets the application's 404, the file is fixed once submitted, every hostile kind is refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationAttachmentIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationReplicaRepository organisations;

    @Inject
    AttachmentRepository rows;

    @Inject
    AttachmentStore store;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("fund_attachment_it");
    }

    @Test
    void theApplicantAttachesWhileDraftingOthersSeeNothingAndHostileFilesStoreNothing() {
        FundHttp api = new FundHttp(client, jwt);
        UUID applicant = PlatformEvents.approvedOrganisation("添付テスト合同会社", OrganisationType.SME);
        UUID other = PlatformEvents.approvedOrganisation("他社テスト株式会社", OrganisationType.COMPANY);
        await().atMost(Duration.ofSeconds(30)).until(() -> organisations.existsById(applicant)
                && organisations.existsById(other));
        String callId = (String) api.post(api.secretariat(), "/api/fund/calls", FundRequests.callRequest(5_000_000))
                .get("id");
        api.post(api.secretariat(), "/api/fund/calls/" + callId + "/open", null);
        String id = (String) api.post(api.member(applicant), "/api/fund/applications",
                FundRequests.application(callId, 1_000_000)).get("id");
        URI files = server.getURI().resolve("/api/fund/applications/" + id + "/attachments");
        byte[] budget = SampleFiles.xlsx();

        HttpResponse<String> added = MultipartUpload.send(files, api.member(applicant), "file", "予算書.xlsx", budget);
        assertEquals(201, added.statusCode(), added.body());
        URI file = URI.create(files + "/" + idIn(added.body()));
        assertEquals("/api/fund/applications/" + id + "/attachments/" + idIn(added.body()),
                added.headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> download = MultipartUpload.download(file, api.secretariat());
        assertEquals(200, download.statusCode());
        assertArrayEquals(budget, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow()
                .endsWith("filename*=UTF-8''%E4%BA%88%E7%AE%97%E6%9B%B8.xlsx"));
        assertEquals(404, MultipartUpload.download(file, api.member(other)).statusCode());
        assertEquals(404, MultipartUpload.send(files, api.member(other), "file", "横取り.pdf", SampleFiles.pdf())
                .statusCode());

        long rowsBefore = rows.count();
        Set<String> objectsBefore = store.keys();
        for (HostileUploads.Upload hostile : HostileUploads.kinds(20L * 1024 * 1024)) {
            HttpResponse<String> refused = MultipartUpload.send(files, api.member(applicant), "file",
                    hostile.fileName(), hostile.content());
            assertEquals(400, refused.statusCode(), hostile.fileName());
            assertTrue(refused.body().contains("\"code\":\"" + hostile.code() + "\""), refused.body());
        }
        assertEquals(rowsBefore, rows.count());
        assertEquals(objectsBefore, store.keys());

        api.post(api.member(applicant), "/api/fund/applications/" + id + "/submit", null);
        HttpResponse<String> fixed = MultipartUpload.send(HttpRequest.newBuilder(file).DELETE(), api.member(applicant));
        assertEquals(409, fixed.statusCode(), fixed.body());
        assertEquals(409, MultipartUpload.send(files, api.member(applicant), "file", "追加.pdf", SampleFiles.pdf())
                .statusCode());
    }

    @Test
    void theGranteeAttachesToTheFinalReportOnceAwardedAndAnotherOrganisationSeesNothing() {
        FundHttp api = new FundHttp(client, jwt);
        UUID grantee = PlatformEvents.approvedOrganisation("報告テスト株式会社", OrganisationType.COMPANY);
        UUID other = PlatformEvents.approvedOrganisation("他社報告テスト株式会社", OrganisationType.COMPANY);
        await().atMost(Duration.ofSeconds(30)).until(() -> organisations.existsById(grantee)
                && organisations.existsById(other));
        Map<String, Object> city = api.post(api.secretariat(), "/api/fund/contributions", Map.of("contributorKind",
                "CITY", "contributorName", "品川区", "amountYen", 2_000_000));
        api.post(api.secretariat(), "/api/fund/contributions/" + city.get("id") + "/receipts",
                Map.of("amountYen", 2_000_000));
        String callId = (String) api.post(api.secretariat(), "/api/fund/calls", FundRequests.callRequest(5_000_000))
                .get("id");
        api.post(api.secretariat(), "/api/fund/calls/" + callId + "/open", null);
        String id = (String) api.post(api.member(grantee), "/api/fund/applications",
                FundRequests.application(callId, 1_000_000)).get("id");
        api.post(api.member(grantee), "/api/fund/applications/" + id + "/submit", null);
        URI report = server.getURI().resolve("/api/fund/applications/" + id + "/report/attachments");
        // Not awarded yet: the report takes no files.
        assertEquals(409, MultipartUpload.send(report, api.member(grantee), "file", "会計報告.pdf", SampleFiles.pdf())
                .statusCode());

        api.post(api.secretariat(), "/api/fund/calls/" + callId + "/close", null);
        api.post(api.secretariat(), "/api/fund/applications/" + id + "/award",
                Map.of("amountYen", 1_000_000, "outOfRankReason", "報告テスト"));
        HttpResponse<String> added = MultipartUpload.send(report, api.member(grantee), "file", "会計報告.pdf",
                SampleFiles.pdf());
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("/api/fund/applications/" + id + "/report/attachments/" + idIn(added.body()),
                added.headers().firstValue("Location").orElseThrow());
        URI file = URI.create(report + "/" + idIn(added.body()));
        assertEquals(200, MultipartUpload.download(file, api.secretariat()).statusCode());
        assertEquals(404, MultipartUpload.download(file, api.member(other)).statusCode());
        assertEquals(404, MultipartUpload.send(report, api.member(other), "file", "横取り.pdf", SampleFiles.pdf())
                .statusCode());
        assertEquals(404, MultipartUpload.send(HttpRequest.newBuilder(file).DELETE(), api.member(other)).statusCode());
        assertEquals(204, MultipartUpload.send(HttpRequest.newBuilder(file).DELETE(), api.member(grantee)).statusCode());
    }

    private static String idIn(String json) {
        int start = json.indexOf("\"id\":\"") + 6;
        return json.substring(start, json.indexOf('"', start));
    }
}
