package jp.kyoso.cocreation.youth;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Mentors' comments on ideas. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface YouthIdeaCommentRepository extends PageableRepository<YouthIdeaComment, UUID> {

    Page<YouthIdeaComment> findByIdeaId(UUID ideaId, Pageable pageable);

    List<YouthIdeaComment> findByIdeaIdInOrderByCreatedAt(Collection<UUID> ideaIds);
}
