package jp.kyoso.kpi.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import jp.kyoso.kpi.domain.DimensionCount;
import jp.kyoso.kpi.domain.PartnershipFact;

/** The facts table and the aggregates the KPI endpoints read from it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PartnershipFactRepository extends CrudRepository<PartnershipFact, String> {

    @Query("""
            select dimension, count(*) as total from partnership_fact
            where metric = :metric and fiscal_year = :fiscalYear group by dimension""")
    List<DimensionCount> countInYear(String metric, int fiscalYear);

    @Query("""
            select dimension, count(*) as total from partnership_fact
            where metric = :metric and fiscal_year <= :fiscalYear group by dimension""")
    List<DimensionCount> countUpToYear(String metric, int fiscalYear);
}
