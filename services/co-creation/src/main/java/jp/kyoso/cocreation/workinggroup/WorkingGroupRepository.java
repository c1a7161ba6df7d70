package jp.kyoso.cocreation.workinggroup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** Working groups; the visible ones are the public groups plus the private groups the caller is an active member of. */
// Native queries with a Pageable get its ORDER BY on the alias Micronaut uses for the entity table (meeting_ / working_group_).
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WorkingGroupRepository extends PageableRepository<WorkingGroup, UUID> {

    /** Names are unique regardless of case (the index is on lower(name)); compared exactly, not as a pattern. */
    @Query("select exists (select 1 from working_group where lower(name) = lower(:name))")
    boolean nameTaken(String name);

    @Query(value = """
            select working_group_.* from working_group working_group_
            where not working_group_.private_group or exists (select 1 from working_group_member m
                where m.working_group_id = working_group_.id and m.user_id = :userId and m.status = 'ACTIVE')""",
            countQuery = """
            select count(*) from working_group working_group_
            where not working_group_.private_group or exists (select 1 from working_group_member m
                where m.working_group_id = working_group_.id and m.user_id = :userId and m.status = 'ACTIVE')""")
    Page<WorkingGroup> findVisibleTo(String userId, Pageable pageable);
}
