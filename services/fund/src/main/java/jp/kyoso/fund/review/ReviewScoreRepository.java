package jp.kyoso.fund.review;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

/** Per-criterion scores of reviews. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReviewScoreRepository extends CrudRepository<ReviewScore, UUID> {

    List<ReviewScore> findByReviewId(UUID reviewId);
}
