package jp.kyoso.fund.conflict;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** The conflict-of-interest register: insert and read only. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ConflictRecordRepository extends GenericRepository<ConflictRecord, UUID> {

    ConflictRecord save(ConflictRecord record);

    List<ConflictRecord> findByApplicationIdAndReviewerIdOrderByRecordedAt(UUID applicationId, String reviewerId);

    List<ConflictRecord> findByApplicationIdOrderByRecordedAt(UUID applicationId);

    Page<ConflictRecord> findByCallId(UUID callId, Pageable pageable);

    List<ConflictRecord> findByCallIdOrderByRecordedAt(UUID callId);
}
