package jp.kyoso.cocreation.meeting;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** Action items of meetings. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MeetingActionItemRepository extends PageableRepository<MeetingActionItem, UUID> {

    Page<MeetingActionItem> findByMeetingId(UUID meetingId, Pageable pageable);
}
