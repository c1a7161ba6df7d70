package jp.kyoso.cocreation.follow;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Optional;
import java.util.UUID;

/** Who follows what. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FollowRepository extends PageableRepository<Follow, UUID> {

    Optional<Follow> findByUserIdAndSubjectTypeAndSubjectId(String userId, FollowSubject subjectType, UUID subjectId);

    Page<Follow> findByUserId(String userId, Pageable pageable);
}
