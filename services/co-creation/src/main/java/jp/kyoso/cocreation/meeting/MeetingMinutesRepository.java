package jp.kyoso.cocreation.meeting;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

/** Revisions of meeting minutes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MeetingMinutesRepository extends CrudRepository<MeetingMinutes, UUID> {

    Optional<MeetingMinutes> findFirstByMeetingIdOrderByRevisionDesc(UUID meetingId);

    Page<MeetingMinutes> findByMeetingId(UUID meetingId, Pageable pageable);

    Page<MeetingMinutes> findByMeetingIdAndStatus(UUID meetingId, MinutesStatus status, Pageable pageable);
}
