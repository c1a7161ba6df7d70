package jp.kyoso.cocreation.meeting;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registrations; callers hold the meeting's row lock, so counts and promotions are consistent. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MeetingRegistrationRepository extends PageableRepository<MeetingRegistration, UUID> {

    long countByMeetingIdAndStatus(UUID meetingId, RegistrationStatus status);

    @Query("select * from meeting_registration where meeting_id = :meetingId and user_id = :userId and status <> 'CANCELLED'")
    Optional<MeetingRegistration> findLive(UUID meetingId, String userId);

    /** The first person on the waiting list. */
    @Query("""
            select * from meeting_registration where meeting_id = :meetingId and status = 'WAITLISTED'
            order by seq limit 1""")
    Optional<MeetingRegistration> findFirstWaiting(UUID meetingId);

    /** Live registrations in the order they came, seats first. */
    @Query(value = """
            select * from meeting_registration where meeting_id = :meetingId and status <> 'CANCELLED'
            order by case status when 'REGISTERED' then 0 else 1 end, seq""",
            countQuery = "select count(*) from meeting_registration where meeting_id = :meetingId and status <> 'CANCELLED'")
    Page<MeetingRegistration> findLiveByMeeting(UUID meetingId, Pageable pageable);

    @Query("select * from meeting_registration where meeting_id = :meetingId and status = 'REGISTERED'")
    List<MeetingRegistration> findSeated(UUID meetingId);

    /** The caller's position on the waiting list (1 = next to be promoted). */
    @Query("""
            select count(*) from meeting_registration w, meeting_registration me
            where me.id = :registrationId and w.meeting_id = me.meeting_id and w.status = 'WAITLISTED'
              and w.seq <= me.seq""")
    long waitingPosition(UUID registrationId);
}
