package jp.kyoso.cocreation.meeting;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Optional;
import java.util.UUID;

/** Meetings; {@link #lock} serialises registrations and cancellations of one meeting. */
// Native queries with a Pageable get its ORDER BY on the alias Micronaut uses for the entity table (meeting_ / working_group_).
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MeetingRepository extends PageableRepository<Meeting, UUID> {

    /** Reads the meeting and holds its row lock until the transaction ends. */
    @Query("select * from meeting where id = :id for update")
    Optional<Meeting> lock(UUID id);

    /** Meetings without a group or of a public group, plus those of private groups the user is an active member of. */
    @Query(value = """
            select meeting_.* from meeting meeting_
            where meeting_.working_group_id is null
               or exists (select 1 from working_group g where g.id = meeting_.working_group_id and (not g.private_group
                   or exists (select 1 from working_group_member m where m.working_group_id = g.id
                       and m.user_id = :userId and m.status = 'ACTIVE')))""",
            countQuery = """
            select count(*) from meeting meeting_
            where meeting_.working_group_id is null
               or exists (select 1 from working_group g where g.id = meeting_.working_group_id and (not g.private_group
                   or exists (select 1 from working_group_member m where m.working_group_id = g.id
                       and m.user_id = :userId and m.status = 'ACTIVE')))""")
    Page<Meeting> findVisibleTo(String userId, Pageable pageable);

    Page<Meeting> findByWorkingGroupId(UUID workingGroupId, Pageable pageable);
}
