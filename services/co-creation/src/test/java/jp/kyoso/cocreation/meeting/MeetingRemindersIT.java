package jp.kyoso.cocreation.meeting;

import static jp.kyoso.cocreation.support.Http.events;
import static jp.kyoso.cocreation.support.Http.map;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.kyoso.cocreation.support.MeetingApi;
import jp.kyoso.cocreation.support.MeetingApi.Person;
import jp.kyoso.cocreation.support.MeetingScenario;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A day before a meeting the people registered for it are to be reminded: one {@code MeetingReminderDue} per meeting
 * (on Kafka, valid against its schema) naming those still registered, however often the job runs; a meeting further
 * away waits for its own day.
 */
@MicronautTest(transactional = false)
class MeetingRemindersIT extends MeetingScenario {

    private static final String REMINDER = "jp.kyoso.cocreation.meeting.reminderdue.v1";

    @Inject
    MeetingReminders reminders;

    @Inject
    JsonMapper json;

    @Override
    protected String database() {
        return "cocreation_meeting_reminders_it";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("kyoso.cocreation.meeting-reminders.enabled", "false"); // the test runs it at its own times
        return properties;
    }

    @Test
    void theRegisteredPeopleAreRemindedOnceADayBefore() throws IOException {
        Instant now = clock.instant();
        Person attending = api.member("reminded-member");
        Person cancelled = api.member("cancelled-member");
        String soon = (String) api.scheduleMeeting(null, now.plus(Duration.ofHours(20)), 10).get("id");
        String later = (String) api.scheduleMeeting(null, now.plus(Duration.ofDays(3)), 10).get("id");
        for (String meeting : List.of(soon, later)) {
            api.post(MeetingApi.MEETINGS + "/" + meeting + "/register", "", attending);
            api.post(MeetingApi.MEETINGS + "/" + meeting + "/register", "", cancelled);
        }
        api.delete(MeetingApi.MEETINGS + "/" + soon + "/registration", cancelled);

        assertEquals(1, reminders.remindDue());
        assertEquals(0, reminders.remindDue(), "once per meeting");

        ConsumerRecord<byte[], byte[]> event = await().atMost(Duration.ofSeconds(30))
                .until(() -> events(Topics.COCREATION_MEETING, soon, REMINDER), found -> found.size() == 1).get(0);
        assertEquals(List.of(), new EventSchemas().validate(REMINDER, event.value()));
        Map<String, Object> payload = map(json.readValue(event.value(), Map.class));
        assertEquals(List.of(attending.userId()), payload.get("registeredUserIds"));
        assertEquals("品川区役所 第一会議室", payload.get("place"));
        assertEquals(List.of(), events(Topics.COCREATION_MEETING, later, REMINDER));

        clock.set(now.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
        assertEquals(1, reminders.remindDue(), "the later meeting's day has come");
    }
}
