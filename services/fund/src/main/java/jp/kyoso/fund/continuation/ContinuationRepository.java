package jp.kyoso.fund.continuation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** One continuation per application at most. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ContinuationRepository extends CrudRepository<Continuation, UUID> {
}
