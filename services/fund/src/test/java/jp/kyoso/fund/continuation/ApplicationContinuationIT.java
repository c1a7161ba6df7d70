package jp.kyoso.fund.continuation;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.fund.shared.FundRequests;
import jp.kyoso.fund.organisation.CollaborationPartnerRepository;
import jp.kyoso.fund.organisation.OrganisationReplicaRepository;
import jp.kyoso.fund.shared.FundHttp;
import jp.kyoso.fund.shared.PlatformEvents;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An application may name the City Lab collaboration project of its organisation it continues: another
 * organisation's project (or an unknown one) is a field error that stores nothing; its own is kept and carried on
 * {@code application.submitted}, so the organisation's timeline connects the project and the grant.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationContinuationIT implements TestPropertyProvider {

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
    ContinuationRepository continuations;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("fund_continuation_it");
    }

    @Test
    void anApplicationContinuesOnlyAProjectOfItsOwnOrganisationAndSaysSoOnItsEvent() throws IOException {
        FundHttp api = new FundHttp(client, jwt);
        UUID applicant = PlatformEvents.approvedOrganisation("継続申請株式会社", OrganisationType.COMPANY);
        UUID other = PlatformEvents.approvedOrganisation("他社プロジェクト株式会社", OrganisationType.COMPANY);
        UUID own = PlatformEvents.collaborationProject(applicant);
        UUID foreign = PlatformEvents.collaborationProject(other);
        await().atMost(Duration.ofSeconds(30)).until(() -> organisations.existsById(applicant)
                && partners.existsByProjectIdAndOrganisationId(own, applicant)
                && partners.existsByProjectIdAndOrganisationId(foreign, other));
        String member = api.member(applicant);
        String callId = (String) api.post(api.secretariat(), "/api/fund/calls", FundRequests.callRequest(5_000_000))
                .get("id");
        api.post(api.secretariat(), "/api/fund/calls/" + callId + "/open", null);
        long before = continuations.count();

        for (UUID refused : List.of(foreign, UUID.randomUUID())) {
            Map<String, Object> body = new HashMap<>(FundRequests.application(callId, 1_000_000));
            body.put("continuesProjectId", refused.toString());
            String refusal = api.refusal(HttpRequest.POST("/api/fund/applications", body), member);
            assertTrue(refusal.startsWith("400"), refusal);
        }
        assertEquals(before, continuations.count(), "a refused project stores nothing");

        // The form offers the organisation's own projects, by the title City Lab announced, and no other's.
        String choices = api.getRaw(member, "/api/fund/applications/continuable-projects");
        assertTrue(choices.contains(own.toString()) && choices.contains("連携事業"), choices);
        assertTrue(!choices.contains(foreign.toString()), choices);

        Map<String, Object> body = new HashMap<>(FundRequests.application(callId, 1_000_000));
        body.put("continuesProjectId", own.toString());
        Map<String, Object> created = api.post(member, "/api/fund/applications", body);
        String id = (String) created.get("id");
        assertEquals(own.toString(), created.get("continuesProjectId"));
        assertEquals(own, continuations.findById(UUID.fromString(id)).orElseThrow().projectId());
        Map<String, Object> read = api.get(member, "/api/fund/applications/" + id);
        assertEquals(own.toString(), read.get("continuesProjectId"));
        assertEquals("連携事業", read.get("continuesProjectTitle"));
        assertEquals(own.toString(), api.get(api.secretariat(), "/api/fund/applications/" + id)
                .get("continuesProjectId"));

        // Sent again without it, the draft continues nothing and says so.
        body.remove("continuesProjectId");
        assertEquals(null, api.put(member, "/api/fund/applications/" + id, body).get("continuesProjectId"));
        body.put("continuesProjectId", own.toString());
        assertEquals(own.toString(), api.put(member, "/api/fund/applications/" + id, body).get("continuesProjectId"));
        api.post(member, "/api/fund/applications/" + id + "/submit", null);

        ConsumerRecord<byte[], byte[]> submitted = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaRecords.withSubject(TestInfrastructure.get().kafkaBootstrapServers(),
                        Topics.FUND_APPLICATION, id).stream().filter(r -> "jp.kyoso.fund.application.submitted.v1"
                        .equals(KafkaRecords.header(r, CloudEventHeaders.TYPE))).findFirst().orElse(null),
                found -> found != null);
        Map<?, ?> payload = ObjectMapper.getDefault().readValue(submitted.value(), Map.class);
        assertEquals(own.toString(), payload.get("continuesProjectId"));
    }
}
