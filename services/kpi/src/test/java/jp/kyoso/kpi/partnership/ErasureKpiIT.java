package jp.kyoso.kpi.partnership;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.MemberErased;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import jp.kyoso.kpi.EventRecords;

/**
 * Erasing a person (co-creation's MemberErased, on the organisation topic kpi reads) leaves every KPI as it was:
 * kpi keeps no personal data, counts from events that are never rewritten, and passes the new event type by
 * without a dead letter.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureKpiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_erasure_it");
    }

    @Test
    void anErasureChangesNoCount() throws Exception {
        String organisationId = UUID.randomUUID().toString();
        EventRecords.publish(kafka, new OrganisationApproved(organisationId, "消去テスト株式会社",
                OrganisationType.COMPANY, null, Instant.parse("2047-06-01T00:00:00Z"), "secretariat"));
        // Years no other test uses; only the year's own counts are compared (the cumulative one includes earlier
        // years, which other tests' events may still be filling).
        await().atMost(Duration.ofSeconds(30)).until(() -> members(2047).get("inYear").equals(1));
        Map<String, Object> before = ofTheYear(members(2047));

        EventRecords.publish(kafka, new MemberErased(UUID.randomUUID().toString(), organisationId,
                UUID.randomUUID().toString(), "削除済みユーザー-0a1b2c3d", Instant.now(), "secretariat"));
        // A marker on the same partition: once this later approval is counted, the erasure has been read.
        EventRecords.publish(kafka, new OrganisationApproved(onTheSamePartitionAs(organisationId), "後続テスト",
                OrganisationType.COMPANY, null, Instant.parse("2048-06-01T00:00:00Z"), "secretariat"));
        await().atMost(Duration.ofSeconds(30)).until(() -> members(2048).get("inYear").equals(1));

        assertEquals(before, ofTheYear(members(2047)));
        assertEquals(List.of(), KafkaRecords.withSubject(kafka,
                Topics.deadLetterOf(Topics.COCREATION_ORGANISATION), organisationId));
    }

    /** Another organisation id that Kafka's default partitioner puts on the same partition. */
    private String onTheSamePartitionAs(String key) throws Exception {
        int partitions;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            partitions = admin.describeTopics(List.of(Topics.COCREATION_ORGANISATION)).allTopicNames().get()
                    .get(Topics.COCREATION_ORGANISATION).partitions().size();
        }
        int target = partitionOf(key, partitions);
        while (true) {
            String candidate = UUID.randomUUID().toString();
            if (partitionOf(candidate, partitions) == target) {
                return candidate;
            }
        }
    }

    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static Map<String, Object> ofTheYear(Map<String, Object> members) {
        return Map.of("inYear", members.get("inYear"), "byType", members.get("byType"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> members(int fiscalYear) {
        Map<String, Object> kpis = http.toBlocking().retrieve(
                HttpRequest.GET("/api/kpi/partnership?fiscalYear=" + fiscalYear), Map.class);
        return (Map<String, Object>) kpis.get("memberOrganisations");
    }
}
