package jp.kyoso.fund.review;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

/** Who reviews what. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AssignmentRepository extends CrudRepository<ReviewAssignment, UUID> {

    List<ReviewAssignment> findByApplicationId(UUID applicationId);

    List<ReviewAssignment> findByCallId(UUID callId);

    List<ReviewAssignment> findByReviewerId(String reviewerId);

    boolean existsByApplicationIdAndReviewerId(UUID applicationId, String reviewerId);

    long countByCallIdAndReviewerId(UUID callId, String reviewerId);

    void deleteByApplicationIdAndReviewerId(UUID applicationId, String reviewerId);
}
