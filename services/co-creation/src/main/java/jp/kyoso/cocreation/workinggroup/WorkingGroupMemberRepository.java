package jp.kyoso.cocreation.workinggroup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Optional;
import java.util.UUID;

/** Memberships and join requests; updates check the version so a request is decided once. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WorkingGroupMemberRepository extends PageableRepository<WorkingGroupMember, UUID> {

    Optional<WorkingGroupMember> findByWorkingGroupIdAndUserId(UUID workingGroupId, String userId);

    boolean existsByWorkingGroupIdAndUserIdAndStatus(UUID workingGroupId, String userId,
                                                    WorkingGroupMemberStatus status);

    Page<WorkingGroupMember> findByWorkingGroupIdAndStatus(UUID workingGroupId, WorkingGroupMemberStatus status,
                                                           Pageable pageable);
}
