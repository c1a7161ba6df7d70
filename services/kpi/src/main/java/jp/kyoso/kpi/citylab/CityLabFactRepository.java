package jp.kyoso.kpi.citylab;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import jp.kyoso.kpi.shared.MetricCount;

/** City Lab's facts and the counts the City Lab KPI endpoint reads. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CityLabFactRepository extends GenericRepository<CityLabFact, String> {

    Optional<CityLabFact> findById(String factId);

    /** The year's counts, one row per metric and dimension. */
    @Query("""
            select metric, dimension, count(*) as total from citylab_fact
            where fiscal_year = :fiscalYear group by metric, dimension""")
    List<MetricCount> countInYear(int fiscalYear);

    @Query("select count(*) from citylab_fact where metric = :metric and fiscal_year <= :fiscalYear")
    long countUpToYear(String metric, int fiscalYear);
}
