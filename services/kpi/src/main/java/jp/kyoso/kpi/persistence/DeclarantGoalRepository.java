package jp.kyoso.kpi.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jp.kyoso.kpi.domain.DeclarantGoal;

/** The goals of registered declarants. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeclarantGoalRepository extends CrudRepository<DeclarantGoal, String> {
}
