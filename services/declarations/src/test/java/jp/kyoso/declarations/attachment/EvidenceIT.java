package jp.kyoso.declarations.attachment;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.UUID;
import jp.kyoso.attachments.AttachmentStore;
import jp.kyoso.declarations.Api;
import jp.kyoso.declarations.Declarants;
import jp.kyoso.declarations.organisation.OrganisationReplicaRepository;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.MultipartUpload;
import jp.kyoso.testsupport.SampleFiles;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Evidence on a declaration: the declarant attaches and removes, the secretariat reads, nobody else sees it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationReplicaRepository known;

    @Inject
    AttachmentStore store;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("declarations_evidence_it");
        properties.put("kyoso.declarations.sweep-enabled", "false");
        return properties;
    }

    @Test
    void theDeclarantAttachesEvidenceTheSecretariatReadsItAndNobodyElseSeesIt() {
        UUID declarant = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Declarants.approve(kafka, declarant, "証拠資料テスト株式会社", OrganisationType.COMPANY);
        Declarants.approve(kafka, other, "他社テスト株式会社", OrganisationType.COMPANY);
        await().atMost(Duration.ofSeconds(30)).until(() -> known.findById(declarant).isPresent()
                && known.findById(other).isPresent());
        String id = (String) new Api(http).post("/api/declarations", Declarants.balancedForm("証拠のある宣言"),
                TestTokens.member(jwt, declarant)).get("id");
        URI evidence = server.getURI().resolve("/api/declarations/" + id + "/evidence");

        HttpResponse<String> added = MultipartUpload.send(evidence, TestTokens.member(jwt, declarant), "file",
                "取組写真.jpg", SampleFiles.jpeg());
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(added.body().contains("\"mediaType\":\"image/jpeg\""), added.body());
        URI file = URI.create(evidence + "/" + idIn(added.body()));
        assertEquals("/api/declarations/" + id + "/evidence/" + idIn(added.body()),
                added.headers().firstValue("Location").orElseThrow());
        assertEquals(200, MultipartUpload.download(file, TestTokens.secretariat(jwt)).statusCode());
        assertEquals(404, MultipartUpload.download(file, TestTokens.member(jwt, other)).statusCode());
        assertEquals(404, MultipartUpload.send(evidence, TestTokens.member(jwt, other), "file", "横取り.pdf",
                SampleFiles.pdf()).statusCode());
        HttpResponse<String> disguised = MultipartUpload.send(evidence, TestTokens.member(jwt, declarant), "file",
                "写真.jpg", SampleFiles.zipBomb(200));
        assertEquals(400, disguised.statusCode());
        assertTrue(disguised.body().contains("attachment.zipBomb"), disguised.body());

        assertEquals(204, MultipartUpload.send(HttpRequest.newBuilder(file).DELETE(),
                TestTokens.member(jwt, declarant)).statusCode());
        assertFalse(store.keys().stream().anyMatch(key -> key.startsWith("evidence/" + id)));
        // The removal stays in the audit trail as an event keyed by the declaration.
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaRecords.withSubject(kafka,
                Topics.DECLARATIONS_DECLARATION, id).stream()
                .map(record -> KafkaRecords.header(record, CloudEventHeaders.TYPE))
                .anyMatch("jp.kyoso.declarations.declaration.attachmentremoved.v1"::equals));
    }

    private static String idIn(String json) {
        int start = json.indexOf("\"id\":\"") + 6;
        return json.substring(start, json.indexOf('"', start));
    }
}
