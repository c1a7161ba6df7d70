package jp.kyoso.fund.review;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Submitted reviews and evaluations. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReviewRepository extends CrudRepository<Review, UUID> {

    List<Review> findByApplicationIdAndPurpose(UUID applicationId, ReviewPurpose purpose);

    List<Review> findByCallIdAndPurpose(UUID callId, ReviewPurpose purpose);

    Optional<Review> findByApplicationIdAndReviewerIdAndPurpose(UUID applicationId, String reviewerId,
                                                                ReviewPurpose purpose);
}
