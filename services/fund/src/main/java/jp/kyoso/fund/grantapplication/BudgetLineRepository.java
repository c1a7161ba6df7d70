package jp.kyoso.fund.grantapplication;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

/** Budget breakdowns; a draft's lines are replaced as a whole on each edit. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BudgetLineRepository extends CrudRepository<BudgetLine, UUID> {

    List<BudgetLine> findByApplicationIdOrderByPosition(UUID applicationId);

    void deleteByApplicationId(UUID applicationId);
}
