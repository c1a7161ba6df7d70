package jp.kyoso.kpi.meeting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.cocreation.MeetingHeld;
import jp.kyoso.events.cocreation.MeetingKind;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** MeetingHeld events from real Kafka into meetings and participants per fiscal year; each test uses its own year. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingKpiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("kpi_meetings_it");
        // A random port: other worktrees' tests may hold the service's fixed one.
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Test
    void meetingsAndParticipantsAreCountedInTheFiscalYearOfTheMeetingDate() {
        MeetingHeldEvents.publish(kafka, MeetingKind.EXCHANGE_OF_VIEWS, LocalDate.of(2041, 4, 1), 20);
        MeetingHeldEvents.publish(kafka, MeetingKind.NETWORKING, LocalDate.of(2041, 12, 10), 35);
        MeetingHeldEvents.publish(kafka, MeetingKind.EXCHANGE_OF_VIEWS, LocalDate.of(2042, 3, 31), 12);
        // 2042-04-01 is already FY2042.
        MeetingHeldEvents.publish(kafka, MeetingKind.MEETING, LocalDate.of(2042, 4, 1), 8);

        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) meetings(2042).get("meetings")).intValue() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) meetings(2041).get("meetings")).intValue() == 3);
        Map<String, Object> fy2041 = meetings(2041);
        assertEquals(67, ((Number) fy2041.get("participants")).intValue());
        assertEquals(Map.of("EXCHANGE_OF_VIEWS", 32, "NETWORKING", 35), participantsByKind(fy2041));
        assertEquals("2041年度", fy2041.get("label"));
        assertEquals(8, ((Number) meetings(2042).get("participants")).intValue());
    }

    @Test
    void aMeetingDeliveredTwiceOrReportedTwiceIsCountedOnce() {
        MeetingHeld held = MeetingHeldEvents.meeting(MeetingKind.MEETING, LocalDate.of(2043, 6, 1), 15);
        String eventId = UUID.randomUUID().toString();
        MeetingHeldEvents.publishAs(kafka, eventId, held);
        MeetingHeldEvents.publishAs(kafka, eventId, held);
        MeetingHeldEvents.publishAs(kafka, UUID.randomUUID().toString(), held);
        // A later, different meeting proves the duplicates were consumed before we look.
        MeetingHeldEvents.publish(kafka, MeetingKind.NETWORKING, LocalDate.of(2043, 6, 2), 5);

        await().atMost(Duration.ofSeconds(30)).until(() -> participantsByKind(meetings(2043)).containsKey("NETWORKING"));
        Map<String, Object> fy2043 = meetings(2043);
        assertEquals(2, ((Number) fy2043.get("meetings")).intValue());
        assertEquals(20, ((Number) fy2043.get("participants")).intValue());
    }

    @Test
    void aYearWithoutMeetingsIsZeroAndAnImpossibleYearIsAFieldError() {
        Map<String, Object> empty = meetings(2044);
        assertEquals(0, ((Number) empty.get("meetings")).intValue());
        assertEquals(List.of(), empty.getOrDefault("byKind", List.of()));
        try {
            http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/meetings?fiscalYear=1868"));
            throw new AssertionError("expected 400");
        } catch (HttpClientResponseException e) {
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
            assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("fiscalYear"));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> meetings(int fiscalYear) {
        Map<String, Object> kpis = http.toBlocking().retrieve(
                HttpRequest.GET("/api/kpi/meetings?fiscalYear=" + fiscalYear), Map.class);
        assertEquals(fiscalYear, kpis.get("fiscalYear"));
        return kpis;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> participantsByKind(Map<String, Object> kpis) {
        Map<String, Integer> result = new java.util.TreeMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) kpis.getOrDefault("byKind", List.of())) {
            result.put((String) row.get("kind"), ((Number) row.get("participants")).intValue());
        }
        return result;
    }
}
