package jp.kyoso.kpi.fund;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The fund facts and their sums per fiscal year. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FundFactRepository extends GenericRepository<FundFact, String> {

    @Query("""
            select metric, dimension, count(*) as facts, coalesce(sum(amount_yen), 0) as yen from fund_fact
            where fiscal_year = :fiscalYear group by metric, dimension""")
    List<FundTotal> inYear(int fiscalYear);

    @Query("""
            select metric, dimension, count(*) as facts, coalesce(sum(amount_yen), 0) as yen from fund_fact
            where fiscal_year <= :fiscalYear group by metric, dimension""")
    List<FundTotal> upToYear(int fiscalYear);
}
