package jp.kyoso.citylab.attachment;

import static jp.kyoso.citylab.support.CityLabApi.CHALLENGES;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.attachments.AttachmentRepository;
import jp.kyoso.attachments.AttachmentStore;
import jp.kyoso.citylab.organisation.OrganisationReplicaRepository;
import jp.kyoso.citylab.support.CityLabApi;
import jp.kyoso.citylab.support.CityLabEvents;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.HostileUploads;
import jp.kyoso.testsupport.MultipartUpload;
import jp.kyoso.testsupport.SampleFiles;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Files on proposals over HTTP on real PostgreSQL, Kafka and the local object store: the proposal's read rights,
 * download under the original name, removal as an event, and a thousand hostile uploads that store nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentIT implements TestPropertyProvider {

    private static final UUID DEPARTMENT = UUID.randomUUID();
    private static final UUID COMPANY = UUID.randomUUID();
    private static final UUID COMPETITOR = UUID.randomUUID();

    @Inject
    @Client("/")
    HttpClient http;

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

    private CityLabApi api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("citylab_attachment_it");
        properties.put("kyoso.citylab.deadline-job-enabled", "false");
        return properties;
    }

    @BeforeAll
    void approveOrganisations() {
        api = new CityLabApi(http, jwt);
        CityLabEvents.approve(organisations, OrganisationType.COMPANY,
                Map.of(COMPANY, "しながわテック株式会社", COMPETITOR, "大井ソリューションズ株式会社"));
    }

    @Test
    void aProposalsFileIsReadLikeTheProposalDownloadedUnderItsNameAndItsRemovalIsAnEvent() {
        String challenge = published("公共施設の省エネ");
        String proposal = submit(challenge, COMPANY, "照明のLED化と見える化");
        byte[] plan = SampleFiles.pdf();

        HttpResponse<String> uploaded = upload(proposal, api.member(COMPANY), "事業計画書 2025.pdf", plan);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String attachment = idIn(uploaded.body());
        assertTrue(uploaded.body().contains("\"fileName\":\"事業計画書 2025.pdf\""), uploaded.body());
        assertTrue(uploaded.body().contains("\"mediaType\":\"application/pdf\""), uploaded.body());

        String file = "/api/citylab/proposals/" + proposal + "/attachments/" + attachment;
        assertEquals(file, uploaded.headers().firstValue("Location").orElseThrow());
        for (String reader : List.of(api.member(COMPANY), api.secretariat(), api.staff(DEPARTMENT))) {
            HttpResponse<byte[]> download = MultipartUpload.download(uri(file), reader);
            assertEquals(200, download.statusCode());
            assertArrayEquals(plan, download.body());
            assertEquals("attachment; filename=\"_____ 2025.pdf\"; filename*=UTF-8''"
                            + "%E4%BA%8B%E6%A5%AD%E8%A8%88%E7%94%BB%E6%9B%B8%202025.pdf",
                    download.headers().firstValue("Content-Disposition").orElseThrow());
            assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        }
        assertEquals(1, api.getList("/api/citylab/proposals/" + proposal + "/attachments", api.member(COMPANY))
                .size());

        // A competitor gets the proposal's own 403, on the list, the file and any attempt to change it.
        assertEquals(403, MultipartUpload.download(uri(file), api.member(COMPETITOR)).statusCode());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET("/api/citylab/proposals/" + proposal
                + "/attachments"), api.member(COMPETITOR)).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.DELETE(file), api.member(COMPETITOR)).getStatus());
        assertEquals(403, upload(proposal, api.member(COMPETITOR), "横取り.pdf", plan).statusCode());
        assertEquals(401, MultipartUpload.download(uri(file), null).statusCode());

        http.toBlocking().exchange(HttpRequest.DELETE(file).bearerAuth(api.member(COMPANY)));
        assertEquals(404, MultipartUpload.download(uri(file), api.member(COMPANY)).statusCode());
        assertFalse(store.keys().stream().anyMatch(key -> key.endsWith(attachment)));
        await().atMost(Duration.ofSeconds(30)).until(() -> CityLabEvents.types(Topics.CITYLAB_CHALLENGE, proposal)
                .contains("jp.kyoso.citylab.proposal.attachmentremoved.v1"));
    }

    @Test
    void anExperimentsFilesAreReadLikeTheExperimentAndFixedOnceEveryHostDeclined() {
        String experiment = (String) api.post("/api/citylab/experiments", experimentPlan(), api.member(COMPANY))
                .get("id");
        String files = "/api/citylab/experiments/" + experiment + "/attachments";

        HttpResponse<String> uploaded = MultipartUpload.send(uri(files), api.member(COMPANY), "file", "安全計画書.pdf",
                SampleFiles.pdf());
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String file = files + "/" + idIn(uploaded.body());
        assertEquals(file, uploaded.headers().firstValue("Location").orElseThrow());
        assertEquals(200, MultipartUpload.download(uri(file), api.secretariat()).statusCode());
        assertEquals(1, api.getList(files, api.member(COMPANY)).size());

        // Another organisation gets the experiment's own 403 on the list, the file and an upload.
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET(files), api.member(COMPETITOR)).getStatus());
        assertEquals(403, MultipartUpload.download(uri(file), api.member(COMPETITOR)).statusCode());
        assertEquals(403, MultipartUpload.send(uri(files), api.member(COMPETITOR), "file", "横取り.pdf",
                SampleFiles.pdf()).statusCode());

        // The department asked to host reads the files; once it declines (the only host), they are fixed.
        api.post("/api/citylab/experiments/" + experiment + "/hosts", Map.of("departmentId", DEPARTMENT.toString()),
                api.secretariat());
        assertEquals(200, MultipartUpload.download(uri(file), api.staff(DEPARTMENT)).statusCode());
        api.post("/api/citylab/experiments/" + experiment + "/decline", Map.of("reason", "対象となる施設がありません。"),
                api.staff(DEPARTMENT));
        HttpResponse<String> closed = MultipartUpload.send(uri(files), api.member(COMPANY), "file", "追加資料.pdf",
                SampleFiles.pdf());
        assertEquals(409, closed.statusCode(), closed.body());
        assertTrue(closed.body().contains("attachment.closed"), closed.body());
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.DELETE(file), api.member(COMPANY)).getStatus());
    }

    @Test
    void aThousandHostileUploadsGetAProblemEachAndStoreNothing() {
        String challenge = published("商店街の回遊性");
        String proposal = submit(challenge, COMPANY, "週替わりのポップアップ店舗");
        String full = submit(challenge, COMPETITOR, "既に5件添付した提案");
        for (int i = 0; i < 5; i++) {
            assertEquals(201, upload(full, api.member(COMPETITOR), "資料" + i + ".pdf", SampleFiles.pdf()).statusCode());
        }
        long rowsBefore = rows.count();
        Set<String> objectsBefore = store.keys();

        List<HostileUploads.Upload> hostile = new ArrayList<>(HostileUploads.cycle(960, 10L * 1024 * 1024));
        List<String> failures = new ArrayList<>();
        int serverErrors = 0;
        for (HostileUploads.Upload upload : hostile) {
            HttpResponse<String> response = upload(proposal, api.member(COMPANY), upload.fileName(),
                    upload.content());
            serverErrors += response.statusCode() >= 500 ? 1 : 0;
            if (response.statusCode() != 400 || !response.body().contains("\"code\":\"" + upload.code() + "\"")
                    || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                failures.add(upload.fileName() + " -> " + response.statusCode() + " " + response.body());
            }
        }
        // Too many files, someone else's proposal, no token, no file part, not multipart at all.
        int refusedOtherwise = 0;
        for (int i = 0; i < 10; i++) {
            refusedOtherwise += expect(400, upload(full, api.member(COMPETITOR), "6件目" + i + ".pdf", SampleFiles.pdf()),
                    "attachment.tooMany", failures);
            refusedOtherwise += expect(403, upload(proposal, api.member(COMPETITOR), "横取り" + i + ".pdf",
                    SampleFiles.pdf()), "proposal.confidential", failures);
            refusedOtherwise += expect(401, upload(proposal, null, "匿名" + i + ".pdf", SampleFiles.pdf()), "",
                    failures);
            refusedOtherwise += expect(400, MultipartUpload.send(uri("/api/citylab/proposals/" + proposal
                    + "/attachments"), api.member(COMPANY), "document", "計画書.pdf", SampleFiles.pdf()), "", failures);
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
        assertEquals(0, serverErrors);
        assertEquals(1_000, hostile.size() + refusedOtherwise);
        assertEquals(rowsBefore, rows.count());
        assertEquals(objectsBefore, store.keys());
        assertEquals(5, objectsBefore.stream().filter(key -> key.contains(full)).count());
    }

    private static int expect(int status, HttpResponse<String> response, String bodyPart, List<String> failures) {
        if (response.statusCode() != status || !response.body().contains(bodyPart)) {
            failures.add(status + " expected: " + response.statusCode() + " " + response.body());
        }
        return 1;
    }

    private static Map<String, Object> experimentPlan() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("title", "公園の自動清掃ロボット実証");
        plan.put("hypothesis", "夜間に清掃ロボットを走らせれば、朝の公園清掃の負担が減る。");
        plan.put("facilityType", "公園");
        plan.put("area", "大井");
        plan.put("residentMonitors", false);
        plan.put("periodFrom", "2026-10-01");
        plan.put("periodTo", "2027-01-31");
        plan.put("risksAndSafety", "夜間のみ走行し、人を検知すると停止します。");
        plan.put("personalDataHandling", "映像は保存しません。");
        plan.put("sdgTargets", List.of("11.7"));
        return plan;
    }

    private HttpResponse<String> upload(String proposal, String token, String fileName, byte[] content) {
        return MultipartUpload.send(uri("/api/citylab/proposals/" + proposal + "/attachments"), token, "file",
                fileName, content);
    }

    private URI uri(String path) {
        return server.getURI().resolve(path);
    }

    private static String idIn(String json) {
        int start = json.indexOf("\"id\":\"") + 6;
        return json.substring(start, json.indexOf('"', start));
    }

    private String published(String title) {
        return (String) api.publishedChallenge(DEPARTMENT, title, CityLabApi.daysFromToday(30)).get("id");
    }

    private String submit(String challenge, UUID organisation, String title) {
        return (String) api.post(CHALLENGES + "/" + challenge + "/proposals", CityLabApi.proposalForm(title),
                api.member(organisation)).get("id");
    }
}
