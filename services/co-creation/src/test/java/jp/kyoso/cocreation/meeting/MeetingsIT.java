package jp.kyoso.cocreation.meeting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import jp.kyoso.cocreation.support.MeetingApi;
import jp.kyoso.cocreation.support.MeetingApi.Person;
import jp.kyoso.cocreation.support.MeetingScenario;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.Topics;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Meetings over HTTP on real PostgreSQL and Kafka: waiting list, concurrency, attendance, minutes, action items. */
@MicronautTest(transactional = false)
class MeetingsIT extends MeetingScenario {

    @Inject
    ObjectMapper json;

    @Override
    protected String database() {
        return "cocreation_meetings_it";
    }

    @Test
    void aFullMeetingWaitListsAndACancellationPromotesTheFirstInLine() {
        String meeting = (String) api.scheduleMeeting(null, clock.instant().plus(Duration.ofDays(7)), 2).get("id");
        Person a = api.member("wait-a");
        Person b = api.member("wait-b");
        Person c = api.member("wait-c");
        Person d = api.member("wait-d");
        String register = MeetingApi.MEETINGS + "/" + meeting + "/register";
        String registration = MeetingApi.MEETINGS + "/" + meeting + "/registration";

        assertEquals("REGISTERED", api.post(register, "", a).get("status"));
        assertEquals("REGISTERED", api.post(register, "", b).get("status"));
        Map<String, Object> waitingC = api.post(register, "", c);
        assertEquals("WAITLISTED", waitingC.get("status"));
        assertEquals(1, waitingC.get("waitingPosition"));
        assertEquals(2, api.post(register, "", d).get("waitingPosition"));
        // Again, by the old path (accepted until the next release): already registered.
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST(registration, ""), a).getStatus());

        clock.advance(Duration.ofMinutes(1));
        api.delete(registration, a);

        assertEquals("REGISTERED", api.get(registration, c).get("status"));
        assertEquals(1, api.get(registration, d).get("waitingPosition"));
        Map<String, Object> seats = api.get(MeetingApi.MEETINGS + "/" + meeting, null);
        assertEquals(2, seats.get("seatsTaken"));
        assertEquals(1, seats.get("waiting"));
        List<Map<String, Object>> notes = api.items("/api/cocreation/notifications", c);
        assertEquals(List.of("WAITLIST_PROMOTED", "REGISTRATION_WAITLISTED"), notes.stream().map(n -> n.get("kind")).toList());
        assertTrue(((String) notes.get(0).get("text")).contains("脱炭素に関する意見交換会"), notes.toString());

        // A waiting person who cancels frees nobody's seat.
        api.delete(registration, d);
        assertEquals(0, api.get(MeetingApi.MEETINGS + "/" + meeting, null).get("waiting"));
        List<Map<String, Object>> list = api.items(MeetingApi.MEETINGS + "/" + meeting + "/registrations", secretariat);
        assertEquals(List.of(b.userId(), c.userId()), list.stream().map(r -> r.get("userId")).toList());
    }

    @Test
    void concurrentRegistrationsNeverExceedTheCapacity() throws Exception {
        int capacity = 5;
        int people = 24;
        String meeting = (String) api.scheduleMeeting(null, clock.instant().plus(Duration.ofDays(3)), capacity)
                .get("id");
        String register = MeetingApi.MEETINGS + "/" + meeting + "/register";
        String registration = MeetingApi.MEETINGS + "/" + meeting + "/registration";
        List<Person> crowd = IntStream.range(0, people).mapToObj(i -> api.member("crowd-" + meeting + "-" + i)).toList();

        List<Map<String, Object>> results = concurrently(crowd.stream()
                .<Callable<Map<String, Object>>>map(p -> () -> api.post(register, "", p)).toList());
        assertEquals(capacity, results.stream().filter(r -> "REGISTERED".equals(r.get("status"))).count());
        assertEquals(List.copyOf(IntStream.rangeClosed(1, people - capacity).boxed().toList()),
                results.stream().filter(r -> "WAITLISTED".equals(r.get("status")))
                        .map(r -> ((Number) r.get("waitingPosition")).intValue()).sorted().toList());

        // Everyone with a seat cancels at once while the waiting list is promoted: still never over capacity.
        List<Person> seated = crowd.stream().filter(p -> "REGISTERED".equals(api.get(registration, p).get("status")))
                .toList();
        concurrently(seated.stream().<Callable<Map<String, Object>>>map(p -> () -> {
            api.delete(registration, p);
            return Map.of();
        }).toList());
        Map<String, Object> after = api.get(MeetingApi.MEETINGS + "/" + meeting, null);
        assertEquals(capacity, after.get("seatsTaken"));
        assertEquals(people - 2 * capacity, after.get("waiting"));
    }

    @Test
    void attendanceIsRecordedOnceAfterTheStartAndPublishesMeetingHeldWithTheTokyoDate() throws IOException {
        // 08:00 in Tokyo is 23:00 UTC the day before: the event must carry the Tokyo date.
        LocalDate day = LocalDate.ofInstant(clock.instant(), MeetingApi.tokyoZone()).plusDays(10);
        Instant startsAt = day.atTime(8, 0).atZone(MeetingApi.tokyoZone()).toInstant();
        String meeting = (String) api.scheduleMeeting(null, startsAt, 10).get("id");
        Person a = api.member("held-a");
        Person b = api.member("held-b");
        Person c = api.member("held-c");
        for (Person p : List.of(a, b, c)) {
            api.post(MeetingApi.MEETINGS + "/" + meeting + "/register", "", p);
        }
        String attendance = MeetingApi.MEETINGS + "/" + meeting + "/record-attendance";

        // Before the start (by the old path, accepted until the next release): too early.
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST(MeetingApi.MEETINGS + "/" + meeting
                + "/attendance", Map.of("attendedUserIds", List.of(a.userId()))), secretariat).getStatus());
        clock.set(startsAt.plus(Duration.ofHours(3)));
        var stranger = api.refused(HttpRequest.POST(attendance,
                Map.of("attendedUserIds", List.of(a.userId(), "someone-else"))).header("Accept-Language", "en"),
                secretariat);
        assertEquals(HttpStatus.BAD_REQUEST, stranger.getStatus());
        assertTrue(stranger.getResponse().getBody(String.class).orElseThrow().contains("attendedUserIds"));
        assertEquals("SCHEDULED", api.get(MeetingApi.MEETINGS + "/" + meeting, null).get("status"));
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST(attendance,
                Map.of("attendedUserIds", List.of())), a).getStatus());

        Map<String, Object> held = api.post(attendance,
                Map.of("attendedUserIds", List.of(a.userId(), b.userId()), "walkIns", 3), secretariat);
        assertEquals("HELD", held.get("status"));
        assertEquals(5, held.get("participantCount"));
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST(attendance,
                Map.of("attendedUserIds", List.of())), secretariat).getStatus());

        List<ConsumerRecord<byte[], byte[]>> events = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaRecords.withSubject(TestInfrastructure.get().kafkaBootstrapServers(),
                        Topics.COCREATION_MEETING, meeting), found -> !found.isEmpty());
        assertEquals(1, events.size());
        ConsumerRecord<byte[], byte[]> event = events.get(0);
        assertEquals("jp.kyoso.cocreation.meeting.held.v1", KafkaRecords.header(event, CloudEventHeaders.TYPE));
        assertEquals(List.of(), new EventSchemas().validate("jp.kyoso.cocreation.meeting.held.v1", event.value()));
        Map<?, ?> data = json.readValue(event.value(), Map.class);
        assertEquals(5, ((Number) data.get("participantCount")).intValue());
        assertEquals(day.toString(), data.get("heldOn"));
    }

    @Test
    void minutesAreDraftedInRevisionsApprovedOnceAndOnlyApprovedMinutesArePublic() {
        String meeting = heldMeeting();
        String minutes = MeetingApi.MEETINGS + "/" + meeting + "/minutes";

        assertEquals(1, put(minutes, Map.of("body", "第1稿：出席者の自己紹介")).get("revision"));
        assertEquals(2, put(minutes, Map.of("body", "第2稿：自己紹介と意見交換の要旨")).get("revision"));
        assertEquals(HttpStatus.NOT_FOUND, api.refused(HttpRequest.GET(minutes), null).getStatus());
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST(minutes + "/approve", Map.of("revision", 1)),
                secretariat).getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, api.refused(HttpRequest.PUT(minutes, Map.of("body", " ")), secretariat)
                .getStatus());

        assertEquals("APPROVED", api.post(minutes + "/approve", Map.of("revision", 2), secretariat).get("status"));
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.PUT(minutes, Map.of("body", "第3稿")), secretariat)
                .getStatus());

        List<Map<String, Object>> visible = api.items(minutes, null);
        assertEquals(1, visible.size());
        assertEquals("第2稿：自己紹介と意見交換の要旨", visible.get(0).get("body"));
        assertEquals(List.of(2, 1), api.items(minutes, secretariat).stream().map(m -> m.get("revision")).toList());
    }

    @Test
    void anActionItemIsRaisedOnceAsAnIssueEvent() {
        String meeting = heldMeeting();
        String items = MeetingApi.MEETINGS + "/" + meeting + "/action-items";
        String item = (String) api.post(items, Map.of("title", "公共施設の屋根置き太陽光の調査",
                "body", "区有施設の屋根の活用を検討する"), secretariat).get("id");

        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST(items + "/" + item + "/raise", ""),
                api.member("not-secretariat")).getStatus());
        assertEquals("RAISED", api.post(items + "/" + item + "/raise", "", secretariat).get("status"));
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST(items + "/" + item + "/raise", ""), secretariat)
                .getStatus());

        List<ConsumerRecord<byte[], byte[]>> events = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaRecords.withSubject(TestInfrastructure.get().kafkaBootstrapServers(),
                        Topics.COCREATION_ACTION_ITEM, item), found -> !found.isEmpty());
        assertEquals(1, events.size());
        assertEquals(List.of(), new EventSchemas().validate("jp.kyoso.cocreation.actionitem.raised.v1",
                events.get(0).value()));
        assertTrue(new String(events.get(0).value(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("公共施設の屋根置き太陽光の調査"));
        assertEquals("RAISED", api.items(items, null).get(0).get("status"));

        // The issue board consumes the event: the item becomes an issue (its id the item's), announced as raised.
        Map<String, Object> issue = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> api.get("/api/cocreation/issues/" + item, secretariat), found -> item.equals(found.get("id")));
        assertEquals("公共施設の屋根置き太陽光の調査", issue.get("title"));
        assertEquals("OPEN", issue.get("status"));
        List<ConsumerRecord<byte[], byte[]>> raised = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaRecords.withSubject(TestInfrastructure.get().kafkaBootstrapServers(),
                        Topics.COCREATION_ISSUE, item), found -> !found.isEmpty());
        assertEquals(List.of(), new EventSchemas().validate("jp.kyoso.cocreation.issue.raised.v1",
                raised.get(0).value()));
        assertTrue(new String(raised.get(0).value(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("\"source\":\"MEETING\""));
    }

    @Test
    void aFormStillNamingStartsAtAndEndsAtIsTakenUntilTheNextRelease() {
        Instant start = clock.instant().plus(Duration.ofDays(3));
        Map<String, Object> meeting = api.post(MeetingApi.MEETINGS, Map.of("kind", "MEETING", "title", "旧名の会議",
                "agenda", "議題", "startsAt", MeetingApi.tokyo(start), "endsAt",
                MeetingApi.tokyo(start.plus(Duration.ofHours(2))), "place", "区役所", "capacity", 10), secretariat);
        assertEquals(LocalDateTime.parse(MeetingApi.tokyo(start)),
                LocalDateTime.parse((String) meeting.get("startsAtTokyo")));
        assertEquals(LocalDateTime.parse(MeetingApi.tokyo(start.plus(Duration.ofHours(2)))),
                LocalDateTime.parse((String) meeting.get("endsAtTokyo")));
        assertEquals(start.truncatedTo(ChronoUnit.MINUTES), Instant.parse((String) meeting.get("startsAt")));
    }

    @Test
    void badMeetingFormsAreRefusedFieldByField() {
        Instant start = clock.instant().plus(Duration.ofDays(2));
        long before = api.get(MeetingApi.MEETINGS + "?size=1", secretariat).get("totalItems") instanceof Number n
                ? n.longValue() : -1;
        var refused = api.refused(HttpRequest.POST(MeetingApi.MEETINGS, Map.of("kind", "MEETING", "title", "会議",
                "agenda", "議題", "startsAtTokyo", MeetingApi.tokyo(start), "endsAtTokyo",
                MeetingApi.tokyo(start.minusSeconds(3600)), "capacity", 10)).header("Accept-Language", "ja"), secretariat);
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("\"endsAtTokyo\"") && body.contains("\"place\"") && body.contains("会場"), body);
        var noCapacity = api.refused(HttpRequest.POST(MeetingApi.MEETINGS, Map.of("kind", "MEETING", "title", "会議",
                "agenda", "議題", "startsAtTokyo", MeetingApi.tokyo(start), "endsAtTokyo",
                MeetingApi.tokyo(start.plusSeconds(3600)), "place", "区役所", "capacity", 0)), secretariat);
        assertTrue(noCapacity.getResponse().getBody(String.class).orElseThrow().contains("\"capacity\""));
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST(MeetingApi.MEETINGS, Map.of()),
                api.member("not-allowed")).getStatus());
        assertEquals(before, ((Number) api.get(MeetingApi.MEETINGS + "?size=1", secretariat).get("totalItems"))
                .longValue());
    }

    private String heldMeeting() {
        Instant startsAt = clock.instant().plus(Duration.ofDays(1));
        String meeting = (String) api.scheduleMeeting(null, startsAt, 5).get("id");
        Person attendee = api.member("attendee-" + meeting);
        api.post(MeetingApi.MEETINGS + "/" + meeting + "/register", "", attendee);
        clock.set(startsAt.plus(Duration.ofHours(2)));
        api.post(MeetingApi.MEETINGS + "/" + meeting + "/record-attendance", Map.of("attendedUserIds",
                List.of(attendee.userId())), secretariat);
        return meeting;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> put(String path, Object body) {
        return http.toBlocking().retrieve(HttpRequest.PUT(path, body).bearerAuth(secretariat.token()), Map.class);
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
