package jp.kyoso.fund.call;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

/** The scoring criteria of calls. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CallCriterionRepository extends CrudRepository<CallCriterion, UUID> {

    List<CallCriterion> findByCallIdOrderByPosition(UUID callId);
}
