package jp.kyoso.cocreation.issue;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** Comments on issues, oldest first as a conversation reads. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IssueCommentRepository extends PageableRepository<IssueComment, UUID> {

    Page<IssueComment> findByIssueId(UUID issueId, Pageable pageable);

    long countByIssueId(UUID issueId);
}
