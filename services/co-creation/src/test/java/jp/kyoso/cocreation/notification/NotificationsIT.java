package jp.kyoso.cocreation.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import jp.kyoso.cocreation.follow.DigestService;
import jp.kyoso.cocreation.support.MeetingApi.Person;
import jp.kyoso.cocreation.support.MeetingApi;
import jp.kyoso.cocreation.support.MeetingScenario;
import org.junit.jupiter.api.Test;

/** In-app notifications (list, mark read) and the daily digest of followed items, with the clock driven by the test. */
@MicronautTest(transactional = false)
class NotificationsIT extends MeetingScenario {

    private static final String NOTIFICATIONS = "/api/cocreation/notifications";

    @Inject
    DigestService digests;

    @Override
    protected String database() {
        return "cocreation_notifications_it";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        // The test runs the digest itself, at the times it chooses.
        properties.put("kyoso.cocreation.digest.enabled", "false");
        return properties;
    }

    @Test
    void aNotificationIsListedForItsAddresseeOnlyAndMarkedRead() {
        Person member = api.member("notified-member");
        Person other = api.member("other-member");
        String meeting = (String) api.scheduleMeeting(null, clock.instant().plus(Duration.ofDays(4)), 3).get("id");
        api.post(MeetingApi.MEETINGS + "/" + meeting + "/register", "", member);

        List<Map<String, Object>> mine = api.items(NOTIFICATIONS + "?unread=true", member);
        assertEquals(1, mine.size());
        assertEquals("REGISTRATION_CONFIRMED", mine.get(0).get("kind"));
        assertEquals(1, ((Number) api.get(NOTIFICATIONS + "/unread-count", member).get("unread")).intValue());
        assertEquals(List.of(), api.items(NOTIFICATIONS, other));
        String id = (String) mine.get(0).get("id");
        assertEquals(HttpStatus.NOT_FOUND, api.refused(HttpRequest.POST(NOTIFICATIONS + "/" + id + "/read", ""), other)
                .getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, api.refused(HttpRequest.GET(NOTIFICATIONS), null).getStatus());

        assertNotNull(api.post(NOTIFICATIONS + "/" + id + "/read", "", member).get("readAt"));
        assertEquals(0, ((Number) api.get(NOTIFICATIONS + "/unread-count", member).get("unread")).intValue());
        assertEquals(List.of(), api.items(NOTIFICATIONS + "?unread=true", member));
        assertEquals(1, api.items(NOTIFICATIONS, member).size());
    }

    @Test
    void theDailyDigestCollectsYesterdaysActivityOnFollowedItemsOncePerPerson() {
        clock.set(tokyo("2030-05-10T10:00"));
        Person groupFollower = api.member("digest-group-follower");
        Person meetingFollower = api.member("digest-meeting-follower");
        Person nobody = api.member("digest-follows-nothing");
        String group = (String) api.formGroup("ゼロカーボン部会（ダイジェスト）", false, false, null).get("id");
        String inGroup = (String) api.scheduleMeeting(group, tokyo("2030-06-01T18:00"), 20).get("id");
        String standalone = (String) api.scheduleMeeting(null, tokyo("2030-06-02T18:00"), 20).get("id");
        api.post("/api/cocreation/follows", Map.of("subjectType", "WORKING_GROUP", "subjectId", group), groupFollower);
        api.post("/api/cocreation/follows", Map.of("subjectType", "MEETING", "subjectId", standalone), meetingFollower);
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST("/api/cocreation/follows",
                Map.of("subjectType", "MEETING", "subjectId", standalone)), meetingFollower).getStatus());

        // Nothing happened on 9 May.
        assertEquals(0, digests.buildDue());

        clock.set(tokyo("2030-05-10T23:30"));
        api.post(MeetingApi.MEETINGS + "/" + inGroup + "/cancel", "", secretariat);
        // Just after midnight in Tokyo: belongs to 11 May's digest, not 10 May's.
        clock.set(tokyo("2030-05-11T00:30"));
        api.scheduleMeeting(group, tokyo("2030-06-03T18:00"), 20);

        assertEquals(2, digests.buildDue());
        assertEquals(0, digests.buildDue());

        List<Map<String, Object>> followerDigests = api.items(NOTIFICATIONS + "/digests", groupFollower);
        assertEquals(1, followerDigests.size());
        assertEquals("2030-05-10", followerDigests.get(0).get("digestOn"));
        assertEquals(List.of("MEETING_SCHEDULED", "MEETING_CANCELLED"), kinds(followerDigests.get(0)));
        List<Map<String, Object>> meetingDigests = api.items(NOTIFICATIONS + "/digests", meetingFollower);
        assertEquals(List.of("MEETING_SCHEDULED"), kinds(meetingDigests.get(0)));
        assertTrue(((String) entries(meetingDigests.get(0)).get(0).get("text")).contains("脱炭素に関する意見交換会"));
        assertEquals(List.of(), api.items(NOTIFICATIONS + "/digests", nobody));

        // The next day's digest has the meeting scheduled after midnight.
        clock.set(tokyo("2030-05-12T07:00"));
        assertEquals(1, digests.buildDue());
        assertEquals("2030-05-11", api.items(NOTIFICATIONS + "/digests", groupFollower).get(0).get("digestOn"));
    }

    @Test
    void leavingAPrivateGroupStopsItsDigest() {
        clock.set(tokyo("2031-01-20T09:00"));
        Person lead = api.member("private-digest-lead");
        Person member = api.member("private-digest-member");
        String group = (String) api.formGroup("非公開部会（ダイジェスト）", true, true, lead).get("id");
        api.post(MeetingApi.GROUPS + "/" + group + "/members", Map.of("userId", member.userId(),
                "username", member.name()), lead);
        api.post("/api/cocreation/follows", Map.of("subjectType", "WORKING_GROUP", "subjectId", group), member);
        api.post("/api/cocreation/follows", Map.of("subjectType", "WORKING_GROUP", "subjectId", group), lead);
        api.scheduleMeeting(group, tokyo("2031-02-01T18:00"), 10);
        api.delete(MeetingApi.GROUPS + "/" + group + "/membership", member);

        clock.set(tokyo("2031-01-21T06:00"));
        digests.buildDue();
        assertEquals(List.of("MEETING_SCHEDULED"), kinds(api.items(NOTIFICATIONS + "/digests", lead).get(0)));
        assertEquals(List.of(), api.items(NOTIFICATIONS + "/digests", member));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> digest) {
        return (List<Map<String, Object>>) digest.get("entries");
    }

    private static List<Object> kinds(Map<String, Object> digest) {
        return entries(digest).stream().map(e -> e.get("kind")).toList();
    }

    private static Instant tokyo(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), MeetingApi.tokyoZone()).toInstant();
    }
}
