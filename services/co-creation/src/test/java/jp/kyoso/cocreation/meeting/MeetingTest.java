package jp.kyoso.cocreation.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kyoso.cocreation.workinggroup.WorkingGroup;
import jp.kyoso.cocreation.workinggroup.WorkingGroupMember;
import jp.kyoso.cocreation.workinggroup.WorkingGroupMemberStatus;
import jp.kyoso.events.cocreation.MeetingKind;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final Instant START = Instant.parse("2026-06-30T23:00:00Z"); // 08:00 on 1 July in Tokyo

    private static Meeting scheduled(int capacity) {
        return new Meeting(UUID.randomUUID(), null, MeetingKind.NETWORKING, "交流会", "議題", START,
                START.plusSeconds(7200), "区役所", null, capacity, MeetingStatus.SCHEDULED, null, null, "secretariat",
                START.minusSeconds(86400));
    }

    @Test
    void seatsAreGivenUntilTheCapacityThenTheWaitingListStarts() {
        Meeting meeting = scheduled(2);
        assertEquals(RegistrationStatus.REGISTERED, meeting.seatFor(0));
        assertEquals(RegistrationStatus.REGISTERED, meeting.seatFor(1));
        assertEquals(RegistrationStatus.WAITLISTED, meeting.seatFor(2));
    }

    @Test
    void registrationClosesAtTheStartAndAttendanceOpensThere() {
        Meeting meeting = scheduled(10);
        meeting.requireOpenForRegistration(START.minusSeconds(1));
        assertEquals("meeting.alreadyStarted", assertThrows(MeetingRuleException.class,
                () -> meeting.requireOpenForRegistration(START)).code());
        assertEquals("meeting.notStartedYet", assertThrows(MeetingRuleException.class,
                () -> meeting.held(3, START.minusSeconds(1))).code());
        Meeting held = meeting.held(3, START);
        assertEquals(3, held.participantCount());
        assertEquals("meeting.notScheduled", assertThrows(MeetingRuleException.class,
                () -> held.held(4, START.plusSeconds(60))).code());
        assertEquals(LocalDate.of(2026, 7, 1), held.heldOn());
    }

    @Test
    void minutesAreRevisedUntilTheLatestRevisionIsApproved() {
        UUID meeting = UUID.randomUUID();
        MeetingMinutes first = MeetingMinutes.nextDraft(null, meeting, "第1稿", "secretariat", START);
        MeetingMinutes second = MeetingMinutes.nextDraft(first, meeting, "第2稿", "secretariat", START);
        assertEquals(1, first.revision());
        assertEquals(2, second.revision());
        assertEquals("minutes.staleRevision", assertThrows(MeetingRuleException.class,
                () -> second.approve(1, "secretariat", START)).code());
        MeetingMinutes approved = second.approve(2, "secretariat", START);
        assertEquals(MinutesStatus.APPROVED, approved.status());
        assertEquals("minutes.alreadyApproved", assertThrows(MeetingRuleException.class,
                () -> MeetingMinutes.nextDraft(approved, meeting, "第3稿", "secretariat", START)).code());
    }

    @Test
    void aClosedGroupsRequestWaitsAndIsDecidedOnce() {
        WorkingGroup closed = new WorkingGroup(UUID.randomUUID(), "ゼロカーボン部会", "説明", true, false, "lead",
                "secretariat", START);
        WorkingGroupMember request = WorkingGroupMember.requested(closed, "u1", "user", null, START);
        assertEquals(WorkingGroupMemberStatus.PENDING, request.status());
        WorkingGroupMember declined = request.decide(false, "lead", START);
        assertEquals(WorkingGroupMemberStatus.DECLINED, declined.status());
        assertThrows(MeetingRuleException.class, () -> declined.decide(true, "lead", START));
        assertEquals(WorkingGroupMemberStatus.PENDING, declined.rejoin(closed, START).status());

        WorkingGroup open = new WorkingGroup(UUID.randomUUID(), "交通部会", "説明", false, false, null, "secretariat", START);
        assertEquals(WorkingGroupMemberStatus.ACTIVE, WorkingGroupMember.requested(open, "u1", "user", null, START)
                .status());
    }
}
